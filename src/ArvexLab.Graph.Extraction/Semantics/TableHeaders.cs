using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

public enum ColumnRole
{
    Other,
    Criteria,
    Ref,
    Description,
    Tests,
    Result,
    Response,
    Name,
    Services,
}

/// <summary>A header cell: its x-range and the role its words announce.</summary>
public sealed record HeaderColumn(ColumnRole Role, double X0, double X1, string Text);

/// <summary>A table header found on a page: the header cells and where the data starts.</summary>
public sealed record TableHeader(int LineIndex, int DataStart, IReadOnlyList<HeaderColumn> Columns)
{
    public bool Has(ColumnRole role) => Columns.Any(c => c.Role == role);
}

/// <summary>
/// Recognises table header rows by the words of their cells ("Tests performed by the service
/// auditor", "Results", "Control Ref #" ...), whatever the firm's wording and whether the header is
/// one line or wrapped over up to three lines.
/// </summary>
public static partial class TableHeaders
{
    public static TableHeader? At(IReadOnlyList<TextLine> lines, int index)
    {
        var first = lines[index];
        // A cell ending in a full stop is a sentence unless it is an abbreviation ("Ref.", "No.").
        if (first.Text.Length > 220 || first.Segments.Count < 2 || first.Segments.Any(s => s.Words.Count > 10 || s.Text.EndsWith('.') && s.Words.Count > 3 || CriterionLike().IsMatch(s.Text)))
        {
            return null;
        }

        var window = new List<TextLine> { first };
        for (var j = index + 1; j < lines.Count && window.Count < 4; j++)
        {
            var line = lines[j];
            if (line.Page != first.Page || line.Box.Y0 - window[^1].Box.Y1 > Math.Max(first.FontSize, 6) * 1.2)
            {
                break;
            }

            window.Add(line);
        }

        // Lines may be header only while their text stays header-like (short cells, no sentences).
        var headerLines = new List<TextLine>();
        foreach (var line in window)
        {
            if (line.Segments.Any(s => s.Text.EndsWith('.') && s.Words.Count > 3 || s.Words.Count > 9))
            {
                break;
            }

            // Wrapped header cells sit tight under each other; a looser line, or one naming a criterion
            // series, is the first group heading of the body.
            if (headerLines.Count > 0 && (line.Box.Y0 - headerLines[^1].Box.Y1 > line.Box.Height * 0.9 || CriterionLike().IsMatch(line.Text)))
            {
                break;
            }

            // A line bridging two header cells is a group heading under the header, not part of it.
            if (headerLines.Count > 0 && line.Segments.Any(s => first.Segments.Count(f => Math.Min(f.Box.X1, s.Box.X1) - Math.Max(f.Box.X0, s.Box.X0) > 0) >= 2))
            {
                break;
            }

            headerLines.Add(line);
        }

        if (headerLines.Count == 0)
        {
            return null;
        }

        var groups = Group(headerLines.SelectMany(l => l.Segments));
        var columns = groups.Select(g => new HeaderColumn(RoleOf(g.Text), g.X0, g.X1, g.Text)).ToList();
        var roles = columns.Where(c => c.Role != ColumnRole.Other).Select(c => c.Role).Distinct().ToList();
        var isHeader = roles.Count >= 2 && columns.Count >= 2 && columns.Count <= 7
            && columns.All(c => c.Text.Split(' ').Length <= 14 && !(c.Text.EndsWith('.') && c.Text.Split(' ').Length > 3) && !char.IsLower(c.Text[0]))
            && columns.Count(c => c.Role == ColumnRole.Other) <= columns.Count / 2;
        if (!isHeader)
        {
            return null;
        }

        return new TableHeader(index, index + headerLines.Count, columns);
    }

    private static List<(double X0, double X1, string Text)> Group(IEnumerable<TextSegment> segments)
    {
        var groups = new List<(double X0, double X1, List<string> Texts)>();
        foreach (var s in segments.OrderBy(s => s.Box.Y0))
        {
            var index = groups.FindIndex(g => Math.Min(g.X1, s.Box.X1) - Math.Max(g.X0, s.Box.X0) > 0);
            if (index >= 0)
            {
                var g = groups[index];
                g.Texts.Add(s.Text);
                groups[index] = (Math.Min(g.X0, s.Box.X0), Math.Max(g.X1, s.Box.X1), g.Texts);
            }
            else
            {
                groups.Add((s.Box.X0, s.Box.X1, [s.Text]));
            }
        }

        return groups.OrderBy(g => g.X0).Select(g => (g.X0, g.X1, string.Join(' ', g.Texts))).ToList();
    }

    public static ColumnRole RoleOf(string text)
    {
        var t = text.ToLowerInvariant();
        return t switch
        {
            _ when ResponseWords().IsMatch(t) => ColumnRole.Response,
            _ when t.TrimStart().StartsWith("result", StringComparison.Ordinal) || t.Contains("test results") => ColumnRole.Result,
            _ when TestWords().IsMatch(t) => ColumnRole.Tests,
            _ when ResultWords().IsMatch(t) => ColumnRole.Result,

            // "TSC Ref.", "Criteria Ref." name the criterion, not the control.
            _ when CriteriaWords().IsMatch(t) && !DescriptionWords().IsMatch(t) => ColumnRole.Criteria,
            _ when RefWords().IsMatch(t) => ColumnRole.Ref,
            _ when t.Contains("complementary") || t.Contains("responsibilit") => ColumnRole.Description,
            _ when DescriptionWords().IsMatch(t) => ColumnRole.Description,
            _ when CriteriaWords().IsMatch(t) => ColumnRole.Criteria,
            _ when NameWords().IsMatch(t) => ColumnRole.Name,
            _ when ServiceWords().IsMatch(t) => ColumnRole.Services,
            _ => ColumnRole.Other,
        };
    }

    [GeneratedRegex(@"^\s*" + ReferencePatterns.Series + @"\s?\d", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex CriterionLike();

    [GeneratedRegex(@"management'?s?'? response|response", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ResponseWords();

    [GeneratedRegex(@"tests? (performed|procedures?|of (the )?controls?|applied)|auditor'?s?'? tests?|testing|test procedures|tests? performed", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex TestWords();

    [GeneratedRegex(@"results?|conclusion", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ResultWords();

    [GeneratedRegex(@"\bref\b|ref\s*#|^\s*#\s*$|control\s*(no\.?|number|id|#)\s*$|^\s*(no\.?|id)\s*$|^control$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex RefWords();

    [GeneratedRegex(@"control activit|control description|controls? specified|description of .*controls?|controls?\s*$|description|activity", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DescriptionWords();

    [GeneratedRegex(@"criteria|criterion|\btsc\b|principle|trust services", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex CriteriaWords();

    [GeneratedRegex(@"subservice|entity|vendor|provider|organi[sz]ation|company|name", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex NameWords();

    [GeneratedRegex(@"services?|function", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ServiceWords();
}
