using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ArvexLab.Graph.Extraction.Tests;

/// <summary>Small real PDFs typeset with PdfPig's builder: text placed at (x, y-from-top) on letter pages.</summary>
public sealed class TestPdf
{
    private readonly List<(List<(double X, double Y, string Text, double Size)> Texts, List<(double X0, double Y0, double X1, double Y1)> Lines, bool Landscape)> pages = [];

    public TestPdf Page(bool landscape = false)
    {
        pages.Add(([], [], landscape));
        return this;
    }

    public TestPdf Text(double x, double y, string text, double size = 9)
    {
        pages[^1].Texts.Add((x, y, text, size));
        return this;
    }

    /// <summary>Lines of text one under the other, starting at y, 11 points apart.</summary>
    public TestPdf Lines(double x, double y, params string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            Text(x, y + i * 11, lines[i]);
        }

        return this;
    }

    public TestPdf Rule(double x0, double y0, double x1, double y1)
    {
        pages[^1].Lines.Add((x0, y0, x1, y1));
        return this;
    }

    public byte[] Build()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var (texts, lines, landscape) in pages)
        {
            var (w, h) = landscape ? (792.0, 612.0) : (612.0, 792.0);
            var page = builder.AddPage(w, h);
            foreach (var (x, y, text, size) in texts)
            {
                page.AddText(text, size, new PdfPoint(x, h - y - size), font);
            }

            foreach (var (x0, y0, x1, y1) in lines)
            {
                page.DrawLine(new PdfPoint(x0, h - y0), new PdfPoint(x1, h - y1), 0.5);
            }
        }

        return builder.Build();
    }

    public MemoryStream Stream() => new(Build());
}
