using ArvexLab.Graph.Extraction.Reading;

namespace ArvexLab.Graph.Extraction.Layout;

/// <summary>An x-range of a table column, in page points.</summary>
public readonly record struct ColumnSpan(double X0, double X1)
{
    public double Center => (X0 + X1) / 2;

    public double Overlap(double a0, double a1) => Math.Max(0, Math.Min(X1, a1) - Math.Max(X0, a0));
}

/// <summary>One line cut into the table's columns; null where a column is empty on that line.</summary>
public sealed record TableLine(TextLine Line, IReadOnlyList<string?> Cells, bool SpansColumns);

/// <summary>Finds table columns on a set of lines.</summary>
public interface IColumnDetector
{
    IReadOnlyList<ColumnSpan> Detect(IReadOnlyList<TextLine> lines, IReadOnlyList<Ruling> rulings);
}

/// <summary>
/// Columns are the x-ranges that text covers on most lines, separated by vertical "rivers" of
/// whitespace (at least 5 pt) that (almost) no word crosses; vertical ruling lines, when drawn, are separators too.
/// Lines that run across the whole table (group headings such as a criterion's text) are ignored
/// while measuring, because they would bridge every gutter.
/// </summary>
public sealed class WhitespaceColumnDetector : IColumnDetector
{
    private const double MaxTableWidth = 14_400;

    public IReadOnlyList<ColumnSpan> Detect(IReadOnlyList<TextLine> lines, IReadOnlyList<Ruling> rulings)
    {
        if (lines.Count == 0)
        {
            return [];
        }

        var minX = lines.Min(l => l.Box.X0);
        var maxX = lines.Max(l => l.Box.X1);
        var width = Math.Max(1, maxX - minX);
        // The largest page PDF allows is 14,400 points wide; anything wider is crafted, and one
        // counter per point of it would cost unbounded memory.
        if (width > MaxTableWidth)
        {
            return [new ColumnSpan(minX, maxX)];
        }

        var measured = lines.Where(l => !(l.Segments.Count == 1 && l.Box.Width > width * 0.6)).ToList();
        if (measured.Count == 0)
        {
            return [new ColumnSpan(minX, maxX)];
        }

        var bins = (int)Math.Ceiling(width) + 1;
        var coverage = new int[bins];
        // Words, not segments: two cells printed a little closer than a gutter merge into one
        // segment, but the whitespace between their words still lines up down the column.
        foreach (var word in measured.SelectMany(l => l.Words))
        {
            var from = Math.Clamp((int)(word.Box.X0 - minX) - 1, 0, bins - 1);
            var to = Math.Clamp((int)(word.Box.X1 - minX) + 1, 0, bins - 1);
            for (var i = from; i <= to; i++)
            {
                coverage[i]++;
            }
        }

        // A stray word may cross a gutter (an over-long token); tolerate a few per cent.
        var tolerance = Math.Max(0, measured.Count / 40);
        var separators = new List<(double From, double To)>();
        var start = -1;
        for (var i = 0; i < bins; i++)
        {
            var open = coverage[i] <= tolerance;
            if (open && start < 0)
            {
                start = i;
            }
            else if (!open && start >= 0)
            {
                if (i - start >= 5)
                {
                    separators.Add((minX + start, minX + i));
                }

                start = -1;
            }
        }

        foreach (var ruling in rulings.Where(r => !r.IsHorizontal && r.Box.X0 > minX + 5 && r.Box.X1 < maxX - 5))
        {
            separators.Add((ruling.Box.X0, ruling.Box.X1));
        }

        separators = separators.OrderBy(s => s.From).ToList();
        var columns = new List<ColumnSpan>();
        var left = minX;
        foreach (var (from, to) in separators)
        {
            if (from - left > 4)
            {
                columns.Add(new ColumnSpan(left, from));
            }

            left = Math.Max(left, to);
        }

        if (maxX - left > 4)
        {
            columns.Add(new ColumnSpan(left, maxX));
        }

        return columns;
    }

    /// <summary>Cuts a line into cells: each word goes to the column containing its centre.</summary>
    public static TableLine Cut(TextLine line, IReadOnlyList<ColumnSpan> columns)
    {
        var cells = new List<string>?[columns.Count];
        foreach (var word in line.Words)
        {
            var center = (word.Box.X0 + word.Box.X1) / 2;
            var index = 0;
            var best = double.MaxValue;
            for (var i = 0; i < columns.Count; i++)
            {
                var distance = center < columns[i].X0 ? columns[i].X0 - center : center > columns[i].X1 ? center - columns[i].X1 : 0;
                if (distance < best)
                {
                    best = distance;
                    index = i;
                }
            }

            (cells[index] ??= []).Add(word.Text);
        }

        var spans = line.Segments.Count == 1 && columns.Count(c => c.Overlap(line.Box.X0, line.Box.X1) > 2) >= 3;
        return new TableLine(line, cells.Select(c => c is null ? null : string.Join(' ', c)).ToList(), spans);
    }
}
