using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.PdfFonts;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>
/// One rendered glyph, held by value: what PdfPig's <see cref="Letter"/> carries that words need,
/// without an object per glyph (PdfPig allocates several hundred bytes for each).
/// </summary>
internal struct PageGlyph
{
    public string Value;
    public PdfRectangle Box;
    public PdfPoint StartBaseLine;
    public PdfPoint EndBaseLine;
    public double Width;
    public double FontSize;
    public double PointSize;
    public FontDetails? Font;
    public TextOrientation Orientation;
    public int TextSequence;

    public readonly string? FontName => Font?.Name;

    /// <summary>The same classification as <see cref="Letter.TextOrientation"/>.</summary>
    public static TextOrientation OrientationOf(PdfPoint start, PdfPoint end, PdfRectangle box)
    {
        const double Tolerance = 0.0001;
        var flatY = Math.Abs(start.Y - end.Y) < Tolerance;
        var flatX = Math.Abs(start.X - end.X) < Tolerance;
        if (flatY && flatX)
        {
            return OrientationOfBox(box);
        }

        if (flatY)
        {
            return start.X > end.X ? TextOrientation.Rotate180 : TextOrientation.Horizontal;
        }

        if (flatX)
        {
            return start.Y > end.Y ? TextOrientation.Rotate90 : TextOrientation.Rotate270;
        }

        return TextOrientation.Other;
    }

    // A glyph without advance (zero-width baseline) is classified by the rotation of its box.
    private static TextOrientation OrientationOfBox(PdfRectangle box)
    {
        var rotation = box.Rotation;
        if (Math.Abs(rotation % 90) >= 0.0001)
        {
            return TextOrientation.Other;
        }

        return (int)Math.Round(rotation, MidpointRounding.AwayFromZero) switch
        {
            0 => TextOrientation.Horizontal,
            -90 => TextOrientation.Rotate90,
            -180 or 180 => TextOrientation.Rotate180,
            90 => TextOrientation.Rotate270,
            _ => TextOrientation.Other,
        };
    }

    /// <summary>A PdfPig letter with the same geometry, for the rare word PdfPig must measure itself.</summary>
    public readonly Letter ToLetter() => new(
        Value, Box, Box, StartBaseLine, EndBaseLine, Width, FontSize, Font!, TextRenderingMode.Fill, null!, null!, PointSize, TextSequence);
}
