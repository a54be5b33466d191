using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Layout;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Complementary user entity controls from their section, found by heading: a table (with
/// criteria column), a bulleted or numbered list, or "User entities are responsible for …" sentences.
/// </summary>
public static partial class CuecParser
{
    public static List<ExtractedCuec> Parse(DocumentContext context)
    {
        var best = new List<ExtractedCuec>();
        foreach (var found in context.All(SectionKind.UserEntityControls))
        {
            var section = found with { End = SectionEnd(context, found) };
            var items = FromTable(context, section);
            if (items.Count == 0)
            {
                items = FromList(context, section);
            }

            if (items.Count > best.Count)
            {
                best = items;
            }
        }

        return best.GroupBy(c => TextNormal.Key(c.Description)).Select(g => g.First()).ToList();
    }

    // The list ends at the next heading of another kind or at a testing table, whichever comes first.
    private static int SectionEnd(DocumentContext context, Section section)
    {
        for (var i = section.Start + 1; i < section.End; i++)
        {
            var line = context.Lines[i];
            if (Sections.HeadingKind(line) is { } kind && kind != SectionKind.UserEntityControls)
            {
                return i;
            }

            if (TableHeaders.At(context.Lines, i) is { } header && (header.Has(ColumnRole.Tests) || header.Has(ColumnRole.Result)))
            {
                return i;
            }
        }

        return section.End;
    }

    private static List<ExtractedCuec> FromTable(DocumentContext context, Section section)
    {
        var regions = TableRegions.Find(context, section.Start, section.End, h => h.Has(ColumnRole.Description) && h.Has(ColumnRole.Criteria), continueAcrossPages: true);
        var items = new List<ExtractedCuec>();
        foreach (var region in regions)
        {
            var desc = region.Roles.ToList().IndexOf(ColumnRole.Description);
            var crit = region.Roles.ToList().IndexOf(ColumnRole.Criteria);
            foreach (var row in TableRows.Group([region]))
            {
                var text = TextNormal.StripBullet(row.Text(desc));
                if (text.Split(' ').Length < 4)
                {
                    continue;
                }

                items.Add(new ExtractedCuec(text, ReferencePatterns.Criteria(row.Text(crit)).ToList(), 0.9, Cite(row.Lines)));
            }
        }

        return items;
    }

    private static List<ExtractedCuec> FromList(DocumentContext context, Section section)
    {
        var lines = context.Lines.Skip(section.Start + 1).Take(section.End - section.Start - 1).ToList();
        var items = new List<(List<TextLine> Lines, bool Bulleted)>();
        double? bulletX = null;
        foreach (var line in lines)
        {
            var text = line.Text;
            if (TextNormal.StartsWithBullet(text) && (bulletX is null || Math.Abs(line.Box.X0 - bulletX.Value) < 15))
            {
                bulletX ??= line.Box.X0;
                items.Add(([line], true));
            }
            else if (items.Count > 0 && items[^1].Bulleted && line.Box.X0 > bulletX + 3 && Continues(items[^1].Lines[^1], line))
            {
                items[^1].Lines.Add(line);
            }
            else if (Responsible().IsMatch(text))
            {
                items.Add(([line], false));
            }
            else if (items.Count > 0 && !items[^1].Bulleted && Continues(items[^1].Lines[^1], line) && !EndsSentence(items[^1].Lines[^1].Text))
            {
                items[^1].Lines.Add(line);
            }
            else if (items.Count > 0 && items[^1].Bulleted && line.Box.X0 <= bulletX + 3 && !TextNormal.StartsWithBullet(text))
            {
                // Back at the margin: the list has ended.
                bulletX = double.MaxValue;
            }
        }

        return items
            .Select(i => (Text: TextNormal.StripBullet(TextNormal.Clean(string.Join(' ', i.Lines.Select(l => l.Text)))), i))
            .Where(x => x.Text.Split(' ').Length >= 4 && !x.Text.EndsWith(':'))
            .Select(x => new ExtractedCuec(x.Text, ReferencePatterns.Criteria(x.Text).ToList(), x.i.Bulleted ? 0.9 : 0.72, Cite(x.i.Lines)))
            .ToList();
    }

    private static bool Continues(TextLine previous, TextLine line) =>
        line.Page != previous.Page || line.Box.Y0 - previous.Box.Y1 < previous.Box.Height * 1.2;

    private static bool EndsSentence(string text) => text.TrimEnd().EndsWith('.');

    private static Citation Cite(List<TextLine> lines) =>
        new(lines[0].Page, BoundingBox.UnionAll(lines.Where(l => l.Page == lines[0].Page).Select(l => l.Box))!.Value);

    [GeneratedRegex(@"^\s*(user entities|user organizations|customers|clients|subscribers)\s+(are|is|should|must|will)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Responsible();
}
