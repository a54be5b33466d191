using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Tables whose reference cell is vertically centred in its row: the ref no longer marks the row's
/// first line, so rows are the gap-separated blocks, split between the refs they hold.
/// </summary>
public static class CenteredRefs
{
    // A reference printed on a line of its own, or in the middle of a wrapped description, is
    // vertically centred in its row; one on the first line of a multi-line row is top-aligned.
    public static bool Detect(IReadOnlyList<TableLine> lines, int refCol, int desc)
    {
        int top = 0, centered = 0;
        var scale = TableRows.LeadingScale(lines);
        var content = lines.Where(l => l.Cells[desc] is not null || l.Cells[refCol] is not null).ToList();
        for (var i = 0; i < content.Count; i++)
        {
            if (!TableRows.IsRef(content[i], refCol))
            {
                continue;
            }

            if (content[i].Cells[desc] is null)
            {
                centered++;
                continue;
            }

            var before = i > 0 ? content[i - 1] : null;
            var after = i + 1 < content.Count ? content[i + 1] : null;
            var openBefore = before is null || TableRows.Gap(before, content[i], scale) > 1.6;
            var continuesAfter = after is not null && TableRows.Gap(content[i], after, scale) <= 1.6 && !TableRows.IsRef(after, refCol);
            if (openBefore && continuesAfter)
            {
                top++;
            }
            else if (!openBefore && before!.Cells[desc] is { } prev && !TableRows.EndsSentence(prev))
            {
                centered++;
            }
        }

        return centered > top;
    }

    // Centered references: split each gap-separated block between the references it holds,
    // every line going to the nearest reference.
    // A criterion's label in the criteria column ("CC6.3 The entity …") opens that criterion's rows: it and the
    // criterion text under it go with the next reference, never with the row above that it follows.
    public static List<TableRow> Split(List<TableRow> blocks, int refCol, int desc, int crit)
    {
        var columnCount = blocks.Count > 0 ? blocks[0].Cells.Length : 0;
        var perLine = blocks.SelectMany(b => b.Lines.Select(l => (Line: l, Cells: b.LineCells[l], Source: b))).ToList();
        var groups = new List<List<(TextLine Line, string?[] Cells, TableRow Source)>>();
        TextLine? lastContent = null;
        foreach (var item in perLine)
        {
            // Only description and reference lines delimit rows; a wrapped criterion text runs past them.
            var isContent = item.Cells[refCol] is not null || item.Cells.Where((c, i) => i == desc).Any(c => c is not null);
            var opensCriterion = !isContent && crit >= 0 && item.Cells[crit] is { } label && ReferencePatterns.IsCriterionLabel(label);
            if (groups.Count == 0 || opensCriterion || isContent && lastContent is not null && (lastContent.Page != item.Line.Page || item.Line.Box.Y0 - lastContent.Box.Y1 > item.Line.Box.Height * 0.9))
            {
                groups.Add([]);
            }

            groups[^1].Add(item);
            if (isContent)
            {
                lastContent = item.Line;
            }
            else if (opensCriterion)
            {
                lastContent = null;
            }
        }

        var result = new List<TableRow>();
        foreach (var group in groups)
        {
            var refs = group.Where(g => g.Cells[refCol] is { } r && ReferencePatterns.IsControlRef(TableRows.FirstToken(r))).ToList();
            if (refs.Count <= 1)
            {
                result.Add(Build(group, columnCount));
                continue;
            }

            var assigned = refs.ToDictionary(r => r.Line, _ => new List<(TextLine Line, string?[] Cells, TableRow Source)>());
            foreach (var item in group.Where(g => g.Cells[refCol] is not null || g.Cells[desc] is not null))
            {
                var center = (item.Line.Box.Y0 + item.Line.Box.Y1) / 2;
                var nearest = refs.MinBy(r => Math.Abs((r.Line.Box.Y0 + r.Line.Box.Y1) / 2 - center));
                assigned[nearest.Line].Add(item);
            }

            var first = assigned[refs[0].Line];
            first.InsertRange(0, group.Where(g => g.Cells[refCol] is null && g.Cells[desc] is null && g.Line.Box.Y0 < refs[0].Line.Box.Y0));
            result.AddRange(refs.Select(r => Build(assigned[r.Line].OrderBy(x => x.Line.Box.Y0).ToList(), columnCount)));
        }

        return result;
    }

    private static TableRow Build(List<(TextLine Line, string?[] Cells, TableRow Source)> items, int columnCount)
    {
        var row = new TableRow(columnCount) { GroupCriteria = items[0].Source.LineCriteria[items[0].Line], FromHeaderedPage = items[0].Source.FromHeaderedPage };
        foreach (var (line, cells, source) in items)
        {
            row.Lines.Add(line);
            row.LineCells[line] = cells;
            row.LineCriteria[line] = source.LineCriteria[line];
            for (var c = 0; c < columnCount && c < cells.Length; c++)
            {
                if (cells[c] is { } text)
                {
                    row.Cells[c].Add(text);
                }
            }
        }

        return row;
    }
}
