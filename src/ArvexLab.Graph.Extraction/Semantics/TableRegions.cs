using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Finds a table's regions page by page: a page with a recognised header starts or restarts the
/// table; a following page without a header (header not repeated) continues it with the last
/// header's columns, so rows split over a page break and unrepeated headers both work.
/// Column boundaries are the whitespace gutters between header cells (midpoints when no gutter).
/// </summary>
public static class TableRegions
{
    private static readonly IColumnDetector Detector = new WhitespaceColumnDetector();

    public static List<TableRegion> Find(DocumentContext context, int from, int to, Func<TableHeader, bool> accept, bool continueAcrossPages = true)
    {
        var regions = new List<TableRegion>();
        var lines = context.Lines;
        (List<double> Bounds, List<ColumnRole> Roles)? last = null;
        var i = from;
        while (i < to)
        {
            var page = lines[i].Page;
            var pageEnd = i;
            while (pageEnd < to && lines[pageEnd].Page == page)
            {
                pageEnd++;
            }

            var headers = new List<TableHeader>();
            for (var j = i; j < pageEnd; j++)
            {
                if (context.TableHeaderAt(j) is { } header && accept(header))
                {
                    headers.Add(header);
                    j = header.DataStart - 1;
                }
            }

            if (headers.Count == 0 && last is { } layout && continueAcrossPages)
            {
                var data = Until(context, i, pageEnd, out var stopped);
                var multi = data.Count(l => l.Segments.Count > 1);
                if (data.Count > 0 && multi >= Math.Max(1, data.Count / 5))
                {
                    regions.Add(Cut(data, layout.Bounds, layout.Roles, hasHeader: false));
                }

                if (stopped || multi == 0)
                {
                    last = null;
                }
            }

            for (var h = 0; h < headers.Count; h++)
            {
                var end = h + 1 < headers.Count ? headers[h + 1].LineIndex : pageEnd;
                var data = Until(context, headers[h].DataStart, end, out var stopped);
                var fresh = Layout(headers[h], data, context.Document.Pages[page - 1].Rulings);
                regions.Add(Cut(data, fresh.Bounds, fresh.Roles, hasHeader: true) with { LeadCriteria = LeadCriteria(lines, headers[h].LineIndex, h > 0 ? headers[h - 1].LineIndex : i) });
                last = stopped ? null : fresh;
            }

            i = pageEnd;
        }

        return regions;
    }

    // A criterion heading printed just above a table ("CC6.1 Logical access …") applies to its rows.
    private static IReadOnlyList<string>? LeadCriteria(IReadOnlyList<TextLine> lines, int header, int floor)
    {
        for (var k = header - 1; k >= Math.Max(floor, header - 3); k--)
        {
            if (lines[k].Segments.Count == 1 && ReferencePatterns.StartsWithCriterion(lines[k].Text))
            {
                return ReferencePatterns.Criteria(lines[k].Text.Split(' ')[0]);
            }
        }

        return null;
    }

    // Data lines up to the next section heading (a table never runs into a new section).
    private static List<TextLine> Until(DocumentContext context, int from, int to, out bool stopped)
    {
        var lines = context.Lines;
        var data = new List<TextLine>();
        stopped = false;
        for (var k = from; k < to; k++)
        {
            if (context.HeadingKind(k) is { } kind && kind != SectionKind.ControlTests && lines[k].Segments.Count == 1)
            {
                stopped = true;
                break;
            }

            data.Add(lines[k]);
        }

        return data;
    }

    private static (List<double> Bounds, List<ColumnRole> Roles) Layout(TableHeader header, List<TextLine> data, IReadOnlyList<Reading.Ruling> rulings)
    {
        var detected = Detector.Detect(data, rulings);
        var gutters = detected.Zip(detected.Skip(1), (a, b) => (From: a.X1, To: b.X0)).ToList();
        var columns = header.Columns.OrderBy(c => c.X0).ToList();
        var bounds = new List<double>();
        for (var k = 0; k + 1 < columns.Count; k++)
        {
            var leftCenter = (columns[k].X0 + columns[k].X1) / 2;
            var rightCenter = (columns[k + 1].X0 + columns[k + 1].X1) / 2;
            var candidates = gutters.Where(g => g.From >= leftCenter - 2 && g.To <= rightCenter + 2).ToList();
            bounds.Add(candidates.Count > 0
                ? candidates.Select(g => (g.From + g.To) / 2).MinBy(m => Math.Abs(m - (columns[k].X1 + columns[k + 1].X0) / 2))
                : (columns[k].X1 + columns[k + 1].X0) / 2);
        }

        return (bounds, columns.Select(c => c.Role).ToList());
    }

    private static TableRegion Cut(List<TextLine> data, List<double> bounds, List<ColumnRole> roles, bool hasHeader)
    {
        var spans = new List<ColumnSpan>();
        var left = double.MinValue / 4;
        foreach (var b in bounds)
        {
            spans.Add(new ColumnSpan(left, b));
            left = b;
        }

        spans.Add(new ColumnSpan(left, double.MaxValue / 4));
        var tableWidth = data.Count == 0 ? 1 : data.Max(l => l.Box.X1) - data.Min(l => l.Box.X0);
        var edges = CellEdges(data, bounds);
        var cut = data.Select(line =>
        {
            var t = WhitespaceColumnDetector.Cut(line, spans);
            var spanning = line.Segments.Any(s => s.Box.Width > tableWidth * 0.4 && spans.Count(c => c.Overlap(s.Box.X0, s.Box.X1) > 15) >= 2 && Bridges(s, bounds, edges));
            return t with { SpansColumns = spanning };
        }).ToList();
        return new TableRegion(cut, roles, hasHeader) { Bounds = bounds };
    }

    // Text runs across a column boundary when a word straddles it or the words either side are only
    // a word space apart; two cells that merely sit close keep the column padding between them.
    // A word that starts exactly at the left edge shared by the column's cells begins a cell.
    private static bool Bridges(TextSegment segment, List<double> bounds, double?[] edges)
    {
        for (var k = 0; k < bounds.Count; k++)
        {
            var b = bounds[k];
            if (b <= segment.Box.X0 || b >= segment.Box.X1)
            {
                continue;
            }

            if (segment.Words.Any(w => w.Box.X0 < b - 1 && w.Box.X1 > b + 1))
            {
                return true;
            }

            var left = segment.Words.Where(w => w.Box.X1 <= b + 1).MaxBy(w => w.Box.X1);
            var right = segment.Words.Where(w => w.Box.X0 >= b - 1).MinBy(w => w.Box.X0);
            if (right is not null && edges[k + 1] is { } edge && Math.Abs(right.Box.X0 - edge) < 1.5)
            {
                continue;
            }

            if (left is not null && right is not null && right.Box.X0 - left.Box.X1 < Math.Max(left.FontSize, 4) * 0.6)
            {
                return true;
            }
        }

        return false;
    }

    // The x where most cells of each column start (left-aligned text), or null when cells do not agree.
    private static double?[] CellEdges(List<TextLine> data, List<double> bounds)
    {
        var starts = new List<double>[bounds.Count + 1];
        for (var k = 0; k < starts.Length; k++)
        {
            starts[k] = [];
        }

        foreach (var segment in data.SelectMany(l => l.Segments))
        {
            var k = bounds.Count(b => b < segment.Box.X0 + 1);
            starts[k].Add(segment.Box.X0);
        }

        return starts.Select(xs =>
        {
            var mode = xs.GroupBy(x => Math.Round(x)).OrderByDescending(g => g.Count()).FirstOrDefault();
            return mode is not null && mode.Count() >= Math.Max(2, xs.Count / 3) ? (double?)mode.Average() : null;
        }).ToArray();
    }
}
