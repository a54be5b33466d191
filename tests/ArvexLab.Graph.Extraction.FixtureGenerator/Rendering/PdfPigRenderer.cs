using ArvexLab.Graph.Extraction.FixtureGenerator.Layout;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Rendering;

/// <summary>Producer (a): lays blocks out with PdfPig's PdfDocumentBuilder and the standard 14 fonts.</summary>
public static class PdfPigRenderer
{
    public static byte[] Render(Doc doc)
    {
        var canvas = new PdfPigCanvas(doc.Theme);
        var body = doc.Theme.BodySize;
        // A document that opens with a landscape break starts on a landscape page instead of a blank portrait one.
        var startsWide = doc.Blocks.FirstOrDefault() is PageBreak { Landscape: true };
        canvas.NewPage(startsWide);
        foreach (var block in doc.Blocks.Skip(startsWide ? 1 : 0))
        {
            switch (block)
            {
                case Heading h:
                    var size = h.Level switch { 1 => 14, 2 => 11.5, _ => body };
                    if (!canvas.PageIsEmpty)
                        canvas.Y -= h.Level == 1 ? 12 : 8;
                    if (canvas.Y - 70 < canvas.Bottom)
                        canvas.NewPage(canvas.Page.PageSize.Width > canvas.Page.PageSize.Height);
                    Lines(canvas, h.Text, size, true, Align.Left, canvas.Left, canvas.Width);
                    canvas.Y -= 4;
                    break;
                case Para p:
                    canvas.Y -= p.SpaceBefore;
                    Lines(canvas, p.Text, p.Size ?? body, p.Bold, p.Align, canvas.Left, canvas.Width);
                    canvas.Y -= (p.Size ?? body) * 0.6;
                    break;
                case ListBlock l:
                    for (var i = 0; i < l.Items.Count; i++)
                    {
                        var marker = l.Style switch
                        {
                            ListStyle.Numbered => $"{i + 1}.",
                            ListStyle.Lettered => $"({(char)('a' + i)})",
                            ListStyle.Dashed => "-",
                            _ => "\u2022",
                        };
                        EnsureSpace(canvas, body * 1.3);
                        canvas.Text(marker, canvas.Left + 8, canvas.Y - body, body, false);
                        Lines(canvas, l.Items[i], body, false, Align.Left, canvas.Left + 28, canvas.Width - 28);
                        canvas.Y -= body * 0.4;
                    }
                    canvas.Y -= body * 0.4;
                    break;
                case PageBreak pb:
                    canvas.NewPage(pb.Landscape);
                    break;
                case Spacer s:
                    canvas.Y -= s.Height;
                    break;
                case Frame:
                    canvas.EnableFrame();
                    break;
                case Badge b:
                    DrawBadge(canvas, b);
                    break;
                case Table t:
                    PdfPigTable.Draw(canvas, t);
                    break;
                default:
                    throw new NotSupportedException(block.GetType().Name);
            }
        }
        return canvas.Build();
    }

    private static void EnsureSpace(PdfPigCanvas canvas, double height)
    {
        if (canvas.Y - height < canvas.Bottom)
            canvas.NewPage(canvas.Page.PageSize.Width > canvas.Page.PageSize.Height);
    }

    private static void Lines(PdfPigCanvas canvas, string text, double size, bool bold, Align align, double x, double width)
    {
        var lineHeight = size * 1.3;
        foreach (var line in canvas.Wrap(text, size, bold, width))
        {
            EnsureSpace(canvas, lineHeight);
            var w = canvas.Measure(line, size, bold);
            var lx = align switch
            {
                Align.Center => x + (width - w) / 2,
                Align.Right => x + width - w,
                _ => x,
            };
            canvas.Text(line, lx, canvas.Y - size, size, bold);
            canvas.Y -= lineHeight;
        }
    }

    private static void DrawBadge(PdfPigCanvas canvas, Badge badge)
    {
        const double size = 7.5;
        var height = badge.Lines.Count * size * 1.35 + 10;
        EnsureSpace(canvas, height + 8);
        var width = badge.Lines.Max(l => canvas.Measure(l, size, true)) + 16;
        var x = canvas.Left + canvas.Width - width;
        canvas.Box(x, canvas.Y - height, width, height, 1.2);
        var y = canvas.Y - 5 - size;
        foreach (var line in badge.Lines)
        {
            canvas.Text(line, x + (width - canvas.Measure(line, size, true)) / 2, y, size, true);
            y -= size * 1.35;
        }
        canvas.Y -= height + 8;
    }
}
