using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Where a short section of the system description (user entity controls, subservice
/// organizations) really ends. The word-based heading finder misses headings whose phrase is only a
/// part of the line ("Section IV: Trust Services Criteria and Related Controls"), so a section also
/// ends at any line typeset like a heading: clearly larger than the body text, or bold and at
/// least as large as the section's own heading.
/// </summary>
public static class SectionSpan
{
    public static int End(DocumentContext context, Section section)
    {
        var lines = context.Lines;
        var own = section.Kind;
        for (var i = section.Start + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var kind = context.HeadingKind(i);
            if (kind is { } k && k != own)
            {
                return i;
            }

            if (kind == own)
            {
                continue;
            }

            if (LooksLikeHeading(line, section.Heading))
            {
                return i;
            }

            if (context.TableHeaderAt(i) is { } header && (header.Has(ColumnRole.Tests) || header.Has(ColumnRole.Result)))
            {
                return i;
            }
        }

        return lines.Count;
    }

    /// <summary>A table-of-contents line: the title followed by a page number or a dot leader line.</summary>
    public static bool IsContentsEntry(DocumentContext context, Section section)
    {
        var heading = section.Heading;
        if (heading.Segments.Count > 1 && int.TryParse(heading.Segments[^1].Text.Trim(), out _))
        {
            return true;
        }

        return section.Start + 1 < context.Lines.Count && context.Lines[section.Start + 1].Text.Trim() is { Length: > 3 } next && next.All(c => c is '.' or '…' or ' ');
    }

    /// <summary>The most common font size of the document's lines: its body text.</summary>
    public static double BodyFontSize(DocumentContext context) =>
        context.Lines.Where(l => l.Words.Count > 3)
            .GroupBy(l => Math.Round(l.FontSize * 2) / 2)
            .OrderByDescending(g => g.Sum(l => l.Words.Count))
            .Select(g => g.Key)
            .FirstOrDefault(10);

    public static bool LooksLikeHeading(TextLine line, TextLine heading)
    {
        var text = line.Text.Trim();
        if (text.Length < 3 || text.EndsWith('.') || text.EndsWith(':') || text.EndsWith(','))
        {
            return false;
        }

        // Compared with the section's own heading, not the body text: tables in small print can
        // outnumber the paragraphs, and a heading of the same rank closes the section.
        return line.Segments.Count == 1 && (line.FontSize >= heading.FontSize + 0.5 || line.Bold && line.FontSize >= heading.FontSize - 0.3 && line.Words.Count >= 2);
    }
}
