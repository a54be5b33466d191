using ArvexLab.Graph.Extraction.FixtureGenerator.Layout;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Rendering;

/// <summary>
/// Draws a table with PdfPig: ruled or unruled, header repeated on each page or not,
/// and tall rows split across the page break the way word processors do.
/// </summary>
internal static class PdfPigTable
{
    private const double Pad = 4;

    public static void Draw(PdfPigCanvas canvas, Table table)
    {
        var fs = table.FontSize;
        var lh = fs * 1.25;
        var header = table.Header is null ? null : WrapCells(canvas, table, table.Header, true);
        var headerHeight = header is null ? 0 : header.Max(c => c.Count) * lh + 2 * Pad;
        canvas.Y -= 4;
        if (canvas.Y - headerHeight - 3 * lh < canvas.Bottom)
            NewPage(canvas);
        if (header is not null)
            DrawHeader(canvas, table, header, headerHeight);

        foreach (var row in table.Rows)
        {
            var cells = row.Group
                ? [canvas.Wrap(row.Cells[0], fs, true, canvas.Width - 2 * Pad)]
                : WrapCells(canvas, table, row.Cells, false);
            var offset = 0;
            var total = cells.Max(c => c.Count);
            while (offset < total)
            {
                var remaining = total - offset;
                var available = (int)Math.Floor((canvas.Y - canvas.Bottom - 2 * Pad) / lh);
                var take = remaining;
                if (remaining > available)
                {
                    var splittable = table.SplitRows && total >= 2 && available >= 1;
                    if (!splittable && !canvas.PageIsEmpty)
                    {
                        NewPage(canvas);
                        if (header is not null && table.RepeatHeader)
                            DrawHeader(canvas, table, header, headerHeight);
                        continue;
                    }
                    take = Math.Max(1, available);
                }
                var height = take * lh + 2 * Pad;
                DrawRow(canvas, table, cells, offset, take, height, row.Group, closed: offset + take >= total);
                offset += take;
                if (offset < total)
                {
                    NewPage(canvas);
                    if (header is not null && table.RepeatHeader)
                        DrawHeader(canvas, table, header, headerHeight);
                }
            }
        }
        canvas.Y -= 8;
    }

    private static void NewPage(PdfPigCanvas canvas) =>
        canvas.NewPage(canvas.Page.PageSize.Width > canvas.Page.PageSize.Height);

    private static List<List<string>> WrapCells(PdfPigCanvas canvas, Table table, IReadOnlyList<string> cells, bool bold) =>
        [.. cells.Select((text, i) => canvas.Wrap(text, table.FontSize, bold, ColumnWidth(canvas, table, i) - 2 * Pad))];

    private static double ColumnWidth(PdfPigCanvas canvas, Table table, int i) => canvas.Width * table.Widths[i] / table.Widths.Sum();

    private static double ColumnX(PdfPigCanvas canvas, Table table, int i) =>
        canvas.Left + canvas.Width * table.Widths.Take(i).Sum() / table.Widths.Sum();

    private static void DrawHeader(PdfPigCanvas canvas, Table table, List<List<string>> header, double height)
    {
        if (table.Shaded)
            canvas.Fill(canvas.Left, canvas.Y - height, canvas.Width, height, 215);
        DrawRow(canvas, table, header, 0, header.Max(c => c.Count), height, group: false, closed: true, bold: true);
        if (!table.Ruled)
            canvas.Line(canvas.Left, canvas.Y, canvas.Left + canvas.Width, canvas.Y, 1.0);
    }

    private static void DrawRow(PdfPigCanvas canvas, Table table, List<List<string>> cells, int offset, int take,
        double height, bool group, bool closed, bool bold = false)
    {
        var fs = table.FontSize;
        var lh = fs * 1.25;
        var top = canvas.Y;
        if (group && table.Shaded)
            canvas.Fill(canvas.Left, top - height, canvas.Width, height, 235);
        for (var c = 0; c < cells.Count; c++)
        {
            var x = group ? canvas.Left : ColumnX(canvas, table, c);
            var lines = cells[c];
            for (var l = 0; l < take && offset + l < lines.Count; l++)
                canvas.Text(lines[offset + l], x + Pad, top - Pad - fs - l * lh + 1.5, fs, bold || group);
        }
        if (table.Ruled)
        {
            var bottom = top - height;
            canvas.Line(canvas.Left, top, canvas.Left + canvas.Width, top);
            if (closed)
                canvas.Line(canvas.Left, bottom, canvas.Left + canvas.Width, bottom);
            var columns = group ? 1 : table.Widths.Count;
            for (var c = 0; c <= columns; c++)
            {
                var x = c == columns ? canvas.Left + canvas.Width : ColumnX(canvas, table, c);
                canvas.Line(x, top, x, bottom);
            }
        }
        canvas.Y = top - height;
    }
}
