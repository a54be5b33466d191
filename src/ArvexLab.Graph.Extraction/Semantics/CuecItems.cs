using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Layout;
using ArvexLab.Graph.Extraction.Reading;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>One complementary user entity control as read from the page, before scoring.</summary>
public sealed record CuecItem(string Text, IReadOnlyList<string> Criteria, IReadOnlyList<TextLine> Lines, CuecItemStart Start, bool FromTable);

/// <summary>What made the item begin: the strongest signal wins for the whole list.</summary>
public enum CuecItemStart
{
    Bullet,
    Responsible,
    Sentence,
}

/// <summary>
/// Splits the lines of a user entity controls section into items. The section is read the same
/// way whether it is a table, a numbered or bulleted list, or plain sentences: the introduction
/// (lines before the first item) is dropped, bold lines are table headers, words right of a
/// "criteria" header column are the item's criteria, and an item starts at a list marker, at
/// "User entities are responsible …", or (when neither is used) at a capitalised line after a
/// finished sentence or a visible row gap. A line starting in lower case always continues.
/// </summary>
public static partial class CuecItems
{
    public static List<CuecItem> Read(DocumentContext context, int from, int to, TextLine heading)
    {
        var body = SectionSpan.BodyFontSize(context);
        var lines = context.Lines.Skip(from).Take(to - from)
            .Where(l => !l.Bold && !IsPageFurniture(l, body) && context.HeadingKind(l) is null or SectionKind.UserEntityControls)
            .ToList();
        var headerLines = context.Lines.Skip(from).Take(to - from).Where(l => l.Bold).ToList();
        var column = TextColumn(context.Lines.Skip(from).Take(to - from).Append(heading));
        var criteriaX = CriteriaColumn(headerLines, column);
        var table = headerLines.Count > 0 && headerLines.Any(h => h.Segments.Count > 1 || h.Box.X0 > heading.Box.X0 + column.Width * 0.2) || criteriaX is not null;

        var texts = lines.Select(l => (Line: l, Text: DescriptionText(l, criteriaX), Criteria: criteriaX is { } x ? CriteriaText(l, x) : string.Empty)).ToList();
        var bullets = texts.Count(t => TextNormal.StartsWithBullet(t.Text));
        var responsible = texts.Count(t => Responsible().IsMatch(t.Text));
        var mode = bullets >= 2 ? CuecItemStart.Bullet : responsible >= 2 ? CuecItemStart.Responsible : CuecItemStart.Sentence;

        var items = new List<(List<TextLine> Lines, List<string> Text, List<string> Criteria)>();
        double? itemX = null;
        TextLine? previous = null;
        foreach (var (line, text, crit) in texts)
        {
            if (text.Length == 0 && crit.Length == 0)
            {
                continue;
            }

            var starts = Starts(mode, text, previous, items.Count > 0 ? items[^1].Text[^1] : null, line);
            if (items.Count == 0)
            {
                // Before the first item is the section's introduction: only a real item start (or,
                // in a table, the first row under the header) opens the list.
                var inTable = table && headerLines.Count > 0 && IsAfter(line, headerLines[0]);
                var indented = line.Box.X0 > heading.Box.X0 + 6;
                if (!(mode != CuecItemStart.Sentence && starts || inTable || mode == CuecItemStart.Sentence && indented))
                {
                    previous = line;
                    continue;
                }

                starts = true;
            }
            else if (!starts && itemX is { } x0 && line.Box.X0 < x0 - 3 && !table)
            {
                // Back at the margin after an indented list: the list has ended.
                break;
            }

            if (starts)
            {
                itemX ??= line.Box.X0;
                items.Add(([], [], []));
            }

            items[^1].Lines.Add(line);
            if (text.Length > 0)
            {
                items[^1].Text.Add(text);
            }

            if (crit.Length > 0)
            {
                items[^1].Criteria.Add(crit);
            }

            previous = line;
        }

        return items
            .Select(i => (i, Text: TextNormal.StripBullet(TextNormal.Clean(string.Join(' ', i.Text)))))
            .Where(x => x.Text.Count(char.IsLetter) >= 10 && !x.Text.EndsWith(':'))
            .Select(x => new CuecItem(
                x.Text,
                criteriaX is null ? ReferencePatterns.Criteria(x.Text) : ReferencePatterns.Criteria(string.Join(' ', x.i.Criteria)),
                x.i.Lines,
                mode,
                table))
            .ToList();
    }

    private static bool Starts(CuecItemStart mode, string text, TextLine? previous, string? previousText, TextLine line)
    {
        if (text.Length == 0 || char.IsLower(text[0]))
        {
            return false;
        }

        switch (mode)
        {
            case CuecItemStart.Bullet:
                return TextNormal.StartsWithBullet(text);
            case CuecItemStart.Responsible:
                return Responsible().IsMatch(text) || TextNormal.StartsWithBullet(text);
            default:
                var finished = previousText is null || EndsSentence(previousText);
                var gap = previous is not null && previous.Page == line.Page && line.Box.Y0 - previous.Box.Y1 > previous.Box.Height * 1.4;
                return finished && (char.IsUpper(text[0]) || char.IsDigit(text[0])) || gap && finished;
        }
    }

    private static bool EndsSentence(string text) => text.TrimEnd().TrimEnd('"', '”', ')').EndsWith('.') || text.TrimEnd().EndsWith(';');

    private static bool IsAfter(TextLine line, TextLine header) => line.Page > header.Page || line.Page == header.Page && line.Box.Y0 >= header.Box.Y1 - 1;

    // Running footers that survive the layout stage: smaller print with a page number.
    private static bool IsPageFurniture(TextLine line, double body) =>
        PageNumber().IsMatch(line.Text) && (line.FontSize < body * 0.9 || line.Segments.Count > 1);

    /// <summary>
    /// Left edge of the header cell that names the criteria column, when there is one: a cell of its own set in
    /// from the line's start, or a header line that starts well inside the section's text column.
    /// </summary>
    private static double? CriteriaColumn(List<TextLine> headerLines, (double Left, double Width) column)
    {
        foreach (var line in headerLines)
        {
            foreach (var segment in line.Segments)
            {
                if (CriteriaHeader().IsMatch(segment.Text) && segment.Box.X0 > line.Box.X0 + column.Width * 0.08)
                {
                    return segment.Box.X0;
                }

                if (CriteriaHeader().IsMatch(segment.Text) && line.Segments.Count == 1 && segment.Box.X0 > column.Left + column.Width * 0.25)
                {
                    return segment.Box.X0;
                }
            }
        }

        return null;
    }

    // The section's text column, from its left margin to the farthest right edge of its lines; positions inside the
    // section are read as shares of it, whatever the paper, margins or orientation.
    private static (double Left, double Width) TextColumn(IEnumerable<TextLine> lines)
    {
        var boxes = lines.Select(l => l.Box).ToList();
        var left = boxes.Min(b => b.X0);
        return (left, Math.Max(1, boxes.Max(b => b.X1) - left));
    }

    private static string DescriptionText(TextLine line, double? criteriaX) =>
        criteriaX is { } x ? Join(line.Words.Where(w => w.Box.X0 < x - 8 || !LooksLikeCriteriaWord(w))) : line.Text.Trim();

    private static string CriteriaText(TextLine line, double x) => Join(line.Words.Where(w => w.Box.X0 >= x - 8 && LooksLikeCriteriaWord(w)));

    private static bool LooksLikeCriteriaWord(SourceWord word) => CriteriaWord().IsMatch(word.Text);

    private static string Join(IEnumerable<SourceWord> words) => string.Join(' ', words.Select(w => w.Text)).Trim();

    [GeneratedRegex(@"^\s*(?:user entities|user organizations|customers|clients|subscribers)\s+(?:are|is|should|must|will)\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    internal static partial Regex Responsible();

    [GeneratedRegex(@"\bpage\s+\d+\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"criteria|criterion|\bTSCs?\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CriteriaHeader();

    [GeneratedRegex(@"^(?:" + ReferencePatterns.Series + @"\d{1,2}\.\d{1,2}[,;]?|&|and|,)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CriteriaWord();
}
