using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Criterion group headings inside a control table: a criterion id ("CC3.1") or series label
/// ("CC 3") followed by its title, printed as one run of text or as the id plus one run — e.g.
/// "CC3.1 Objectives for risk identification", "CC 1 | Common Criteria Related to Control
/// Environment", "CC6.2 | Prior to issuing system credentials … (wrapped)". They carry criteria to
/// the rows below and are never controls themselves.
/// </summary>
public static partial class GroupHeadings
{
    public static bool IsHeading(TableLine line, IReadOnlyList<ColumnRole> roles, IReadOnlyList<double> columnStarts)
    {
        var text = line.Line.Text;
        var id = LeadingId().Match(text);
        if (!id.Success)
        {
            return false;
        }

        var title = text[id.Length..].Trim();
        if (title.Length == 0 || !char.IsUpper(title[0]) || ReferencePatterns.StartsWithCriterion(title) || title.StartsWith(','))
        {
            return false;
        }

        var crit = roles.ColumnOf(ColumnRole.Criteria);
        var filled = line.Cells.Select((c, i) => (Text: c, Index: i)).Where(x => x.Text is not null).ToList();
        if (filled.Count == 1 && filled[0].Index == crit)
        {
            return false;
        }

        var segments = line.Line.Segments;
        if (segments.Count == 1)
        {
            return true;
        }

        // The id in a cell of its own: a heading only when its title runs on past its column, or the
        // table has test/result columns and this line leaves them empty; in a criteria column, or with
        // a description beside a ref, it is an ordinary row.
        if (segments.Count != 2 || LeadingId().Match(segments[0].Text) is not { Success: true } m || m.Length < segments[0].Text.Trim().Length || crit >= 0)
        {
            return false;
        }

        var runsOn = columnStarts.Count(x => x > segments[1].Box.X0 + 5 && x < segments[1].Box.X1 - 5) >= 1;
        var tests = roles.ColumnOf(ColumnRole.Tests);
        var result = roles.ColumnOf(ColumnRole.Result);
        var otherEmpty = (tests >= 0 || result >= 0) && (tests < 0 || line.Cells[tests] is null) && (result < 0 || line.Cells[result] is null);
        return runsOn || otherEmpty;
    }

    /// <summary>Criteria a heading sets: the criterion's id; a series label keeps the current ones.</summary>
    public static IReadOnlyList<string> Criteria(TableLine line, IReadOnlyList<string> current) =>
        ReferencePatterns.StartsWithCriterion(line.Line.Text) ? ReferencePatterns.Criteria(LeadingId().Match(line.Line.Text).Value) : current;

    /// <summary>
    /// A wrapped heading goes on in the next tight one-piece line that starts under one of its words,
    /// while its text is unfinished: no full stop yet, and the line starts in lower case or under the
    /// title (a hanging indent) rather than under the id where rows start.
    /// </summary>
    public static bool Continues(TableLine heading, TableLine last, TableLine line)
    {
        if (line.Line.Page != last.Line.Page || line.Line.Segments.Count != 1
            || (line.Line.Box.Y0 - last.Line.Box.Y1) / Math.Max(last.Line.Box.Height, 4) >= 1.0
            || last.Line.Text.TrimEnd().EndsWith('.'))
        {
            return false;
        }

        var under = heading.Line.Words.Select((w, i) => (w, i)).Where(x => Math.Abs(x.w.Box.X0 - line.Line.Box.X0) < 3).ToList();
        return under.Count > 0 && (char.IsLower(line.Line.Text[0]) || under.Any(x => x.i > 0));
    }

    [GeneratedRegex(@"^\s*" + ReferencePatterns.Series + @"\s?\d{1,2}(\.\d{1,2})?(?![.\d])\b", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex LeadingId();
}
