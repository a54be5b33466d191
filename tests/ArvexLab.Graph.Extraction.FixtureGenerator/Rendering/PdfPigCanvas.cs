using ArvexLab.Graph.Extraction.FixtureGenerator.Layout;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Rendering;

/// <summary>Pages, fonts, measuring and wrapping on top of PdfPig's document builder; y runs downwards from the top margin.</summary>
internal sealed class PdfPigCanvas
{
    private const double Margin = 58;
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private readonly Theme _theme;
    private readonly Dictionary<(string, double, bool), double> _widths = [];
    private PdfPageBuilder? _page;
    private int _pageNumber;
    private bool _framed;

    public PdfPigCanvas(Theme theme)
    {
        _theme = theme;
        _regular = _builder.AddStandard14Font(theme.Serif ? Standard14Font.TimesRoman : Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(theme.Serif ? Standard14Font.TimesBold : Standard14Font.HelveticaBold);
    }

    public PdfPageBuilder Page => _page ?? NewPage(false);

    public double Left => Margin;

    public double Width { get; private set; }

    public double Y { get; set; }

    public double Bottom => Margin;

    public bool PageIsEmpty { get; private set; }

    public PdfPageBuilder NewPage(bool landscape)
    {
        var size = _theme.Paper == PaperSize.A4 ? PageSize.A4 : PageSize.Letter;
        _page = _builder.AddPage(size, isPortrait: !landscape);
        _pageNumber++;
        var box = _page.PageSize;
        Width = box.Width - 2 * Margin;
        Y = box.Height - Margin;
        if (_framed)
            DrawFrame();
        if (_theme.Footer is { } footer)
            Text($"{footer}    Page {_pageNumber}", Margin, Margin / 2, 7.5, false);
        PageIsEmpty = true;
        return _page;
    }

    public void EnableFrame()
    {
        _framed = true;
        DrawFrame();
    }

    public void Text(string text, double x, double baseline, double size, bool bold)
    {
        if (text.Length > 0)
            Page.AddText(text, size, new PdfPoint(x, baseline), bold ? _bold : _regular);
        PageIsEmpty = false;
    }

    public void Line(double x0, double y0, double x1, double y1, double width = 0.6) =>
        Page.DrawLine(new PdfPoint(x0, y0), new PdfPoint(x1, y1), width);

    public void Fill(double x, double y, double w, double h, byte grey)
    {
        Page.SetTextAndFillColor(grey, grey, grey);
        Page.DrawRectangle(new PdfPoint(x, y), w, h, 0, fill: true);
        Page.SetTextAndFillColor(0, 0, 0);
    }

    public void Box(double x, double y, double w, double h, double lineWidth) =>
        Page.DrawRectangle(new PdfPoint(x, y), w, h, lineWidth);

    public double Measure(string text, double size, bool bold)
    {
        if (_widths.TryGetValue((text, size, bold), out var w))
            return w;
        var letters = Page.MeasureText(text, size, new PdfPoint(0, 0), bold ? _bold : _regular);
        w = letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        _widths[(text, size, bold)] = w;
        return w;
    }

    /// <summary>Greedy word wrap; '\n' forces a break and "\n\n" leaves an empty line.</summary>
    public List<string> Wrap(string text, double size, bool bold, double maxWidth)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && Measure(candidate, size, bold) > maxWidth)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }
            lines.Add(current);
        }
        return lines;
    }

    public byte[] Build() => _builder.Build();

    private void DrawFrame()
    {
        var box = Page.PageSize;
        Box(20, 20, box.Width - 40, box.Height - 40, 2.5);
        Box(26, 26, box.Width - 52, box.Height - 52, 0.8);
    }
}
