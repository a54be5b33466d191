using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Groups cut lines into rows. A row starts where a new cell begins in the description column
/// together with a new test or result cell (multi-line cells in any column then follow), or, in
/// tables keyed by a reference column, at each reference — wherever it sits vertically in its row.
/// Lines that run across the table are criterion group headings and carry the criteria forward.
/// </summary>
public static class TableRows
{
    public static List<TableRow> Group(IEnumerable<TableRegion> regions)
    {
        var rows = new List<TableRow>();
        IReadOnlyList<string> criteria = [];
        TableRegion? lastRegion = null;
        foreach (var region in regions)
        {
            var roles = region.Roles;
            var desc = roles.ColumnOf(ColumnRole.Description, ColumnRole.Name);
            var refCol = roles.ColumnOf(ColumnRole.Ref);
            var crit = roles.ColumnOf(ColumnRole.Criteria);
            var starters = new[] { roles.ColumnOf(ColumnRole.Tests), roles.ColumnOf(ColumnRole.Result), roles.ColumnOf(ColumnRole.Services), roles.ColumnOf(ColumnRole.Response), crit }.Where(i => i >= 0).ToArray();
            if (desc < 0)
            {
                continue;
            }

            var useRefs = refCol >= 0 && region.Lines.Count(l => IsRef(l, refCol)) >= 1;
            var centered = useRefs && CenteredRefs.Detect(region.Lines, refCol, desc);
            var scale = LeadingScale(region.Lines);
            var pageRows = new List<TableRow>();
            if (region.LeadCriteria is { Count: > 0 } lead)
            {
                criteria = lead;
            }

            // A row cut by a page break goes on at the top of the next page's region.
            TableRow? current = !centered && ContinuesFrom(lastRegion, region) && rows.Count > 0 && rows[^1].Lines[^1] == lastRegion!.Lines[^1].Line ? rows[^1] : null;
            TableLine? previous = null;
            TableLine? heading = null;
            TableLine? headingLast = null;
            foreach (var line in region.Lines)
            {
                if (heading is not null && GroupHeadings.Continues(heading, headingLast!, line))
                {
                    headingLast = line;
                    continue;
                }

                heading = null;
                var isHeading = GroupHeadings.IsHeading(line, roles, region.Bounds);
                if (isHeading || line.SpansColumns)
                {
                    var inLine = ReferencePatterns.Criteria(line.Line.Text);
                    criteria = !isHeading
                        ? ReferencePatterns.StartsWithCriterion(line.Line.Text) && inLine.Count > 0 ? inLine : criteria
                        : GroupHeadings.Criteria(line, criteria);
                    current = null;
                    previous = null;
                    heading = headingLast = isHeading || ReferencePatterns.StartsWithCriterion(line.Line.Text) ? line : null;
                    continue;
                }

                if (crit >= 0 && line.Cells[crit] is { } critText && ReferencePatterns.StartsWithCriterion(critText))
                {
                    var fresh = ReferencePatterns.Criteria(critText);
                    criteria = previous?.Cells[crit] is { } prevCrit && ReferencePatterns.Criteria(prevCrit).Count > 0 && Adjacent(previous, line, scale) && current?.Lines.Count > 0 && !Starts(line, previous, desc, starters, scale)
                        ? criteria.Concat(fresh).Distinct().ToList()
                        : fresh;
                    if (current is not null && current.Lines.Count == 1 && current.Lines[0] == line.Line)
                    {
                        current.GroupCriteria = criteria;
                    }
                }

                var starts = useRefs
                    ? !centered && IsRef(line, refCol) || centered && current is null
                    : Starts(line, previous, desc, starters, scale);
                if (starts || current is null)
                {
                    if (line.Cells[desc] is null && current is null && !useRefs && line.Cells.Count(c => c is not null) <= 1)
                    {
                        previous = line;
                        continue;
                    }

                    current = new TableRow(roles.Count) { GroupCriteria = criteria, FromHeaderedPage = region.HasHeader };
                    pageRows.Add(current);
                }

                current.Lines.Add(line.Line);
                current.LineCells[line.Line] = line.Cells.ToArray();
                current.LineCriteria[line.Line] = criteria;
                for (var c = 0; c < roles.Count; c++)
                {
                    if (line.Cells[c] is { } text)
                    {
                        current.Cells[c].Add(text);
                    }
                }

                previous = line;
            }

            if (centered)
            {
                pageRows = CenteredRefs.Split(pageRows, refCol, desc, crit);
            }

            rows.AddRange(pageRows);
            lastRegion = region;
        }

        return rows;
    }

    private static bool Starts(TableLine line, TableLine? previous, int desc, int[] starters, double scale)
    {
        var text = line.Cells[desc];
        if (text is null || !StartsUpper(text))
        {
            return starters.Any(s => line.Cells[s] is { } st && StartsUpper(st) && previous is not null && previous.Cells[desc] is null && previous.Cells[s] is null && Gap(previous, line, scale) > 1.6);
        }

        var openedFresh = previous is null || previous.Cells[desc] is null || EndsSentence(previous.Cells[desc]!) || Gap(previous, line, scale) > 1.6;
        if (!openedFresh)
        {
            return false;
        }

        // A blank line before a capitalised description is a row boundary whatever the other columns do.
        if (previous is not null && Gap(previous, line, scale) > 2.2)
        {
            return true;
        }

        // With test/result columns a new row also opens one of those; alone the description decides.
        return starters.Length == 0 || starters.Any(s => line.Cells[s] is { } st && StartsUpper(st) && (previous is null || previous.Cells[s] is null || EndsSentence(previous.Cells[s]!)))
            || previous is null || previous.Cells[desc] is null && Gap(previous, line, scale) > 1.6;
    }

    private static bool ContinuesFrom(TableRegion? last, TableRegion region) =>
        last is not null && last.Lines.Count > 0 && region.Lines.Count > 0 && last.Roles.SequenceEqual(region.Roles)
        && region.Lines[0].Line.Page == last.Lines[^1].Line.Page + 1;

    internal static bool IsRef(TableLine line, int refCol) => line.Cells[refCol] is { } r && ReferencePatterns.IsControlRef(FirstToken(r));

    internal static string FirstToken(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;

    private static bool Adjacent(TableLine a, TableLine b, double scale) => a.Line.Page == b.Line.Page && Gap(a, b, scale) < 1.6;

    internal static double Gap(TableLine a, TableLine b, double scale) => Gap(a, b) / scale;

    // Gap thresholds assume ordinary leading (~1.3 line heights from line to line); a table set with
    // looser leading scales them by its usual line-to-line gap, which is the most common one.
    internal static double LeadingScale(IReadOnlyList<TableLine> lines)
    {
        var gaps = lines.Zip(lines.Skip(1)).Where(p => p.First.Line.Page == p.Second.Line.Page).Select(p => Gap(p.First, p.Second)).Where(g => g is > 1 and < 3).Order().ToList();
        return gaps.Count < 4 ? 1 : Math.Max(1, gaps[gaps.Count / 3] / 1.35);
    }

    internal static double Gap(TableLine a, TableLine b) =>
        a.Line.Page != b.Line.Page ? 10 : (b.Line.Box.Y0 - a.Line.Box.Y1) / Math.Max(a.Line.Box.Height, 4) + 1;

    private static bool StartsUpper(string text) => text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0]) || TextNormal.StartsWithBullet(text));

    internal static bool EndsSentence(string text) => text.TrimEnd().EndsWith('.') || text.TrimEnd().EndsWith(':') || text.TrimEnd().EndsWith(';');
}
