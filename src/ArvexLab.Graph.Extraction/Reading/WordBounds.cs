using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>
/// A word's text and box from its glyphs, measured as PdfPig's <see cref="Word"/> measures them for
/// each reading direction (strict comparisons, so a NaN coordinate is skipped the same way).
/// </summary>
internal static class WordBounds
{
    public static PageWord Measure(ReadOnlySpan<PageGlyph> all, List<int> indices, StringBuilder text)
    {
        ref readonly var first = ref all[indices[0]];
        var orientation = first.Orientation;
        text.Clear();
        foreach (var index in indices)
        {
            text.Append(all[index].Value);
            if (all[index].Orientation != orientation)
            {
                orientation = TextOrientation.Other;
            }
        }

        var box = orientation switch
        {
            TextOrientation.Horizontal => Horizontal(all, indices),
            TextOrientation.Rotate180 => UpsideDown(all, indices),
            TextOrientation.Rotate90 => Upwards(all, indices),
            TextOrientation.Rotate270 => Downwards(all, indices),
            _ => Slanted(all, indices),
        };
        return new PageWord(text.ToString(), box, orientation, first.FontName, first.PointSize);
    }

    private static PdfRectangle Horizontal(ReadOnlySpan<PageGlyph> all, List<int> indices)
    {
        double left = double.MaxValue, right = double.MinValue, bottom = double.MaxValue, top = double.MinValue;
        foreach (var index in indices)
        {
            ref readonly var g = ref all[index];
            if (g.StartBaseLine.X < left) { left = g.StartBaseLine.X; }
            if (g.StartBaseLine.Y < bottom) { bottom = g.StartBaseLine.Y; }
            var end = g.StartBaseLine.X + Math.Max(g.Width, g.Box.Width);
            if (end > right) { right = end; }
            if (g.Box.TopLeft.Y > top) { top = g.Box.TopLeft.Y; }
        }

        return new PdfRectangle(left, bottom, right, top);
    }

    private static PdfRectangle UpsideDown(ReadOnlySpan<PageGlyph> all, List<int> indices)
    {
        double startX = double.MinValue, startY = double.MinValue, endX = double.MaxValue, top = double.MaxValue;
        foreach (var index in indices)
        {
            ref readonly var g = ref all[index];
            if (g.StartBaseLine.X > startX) { startX = g.StartBaseLine.X; }
            if (g.StartBaseLine.Y > startY) { startY = g.StartBaseLine.Y; }
            var end = g.StartBaseLine.X - Math.Max(g.Width, g.Box.Width);
            if (end < endX) { endX = end; }
            if (g.Box.TopRight.Y < top) { top = g.Box.TopRight.Y; }
        }

        return new PdfRectangle(startX, startY, endX, top);
    }

    private static PdfRectangle Upwards(ReadOnlySpan<PageGlyph> all, List<int> indices)
    {
        double baseX = double.MaxValue, bottom = double.MaxValue, topX = double.MinValue, topY = double.MinValue;
        foreach (var index in indices)
        {
            ref readonly var g = ref all[index];
            if (g.StartBaseLine.X < baseX) { baseX = g.StartBaseLine.X; }
            if (g.EndBaseLine.Y < bottom) { bottom = g.EndBaseLine.Y; }
            var x = g.StartBaseLine.X + g.Box.Height;
            if (x > topX) { topX = x; }
            if (g.Box.BottomLeft.Y > topY) { topY = g.Box.BottomLeft.Y; }
        }

        return new PdfRectangle(new PdfPoint(topX, topY), new PdfPoint(topX, bottom), new PdfPoint(baseX, topY), new PdfPoint(baseX, bottom));
    }

    private static PdfRectangle Downwards(ReadOnlySpan<PageGlyph> all, List<int> indices)
    {
        double topX = double.MaxValue, baseX = double.MinValue, startY = double.MaxValue, endY = double.MinValue;
        foreach (var index in indices)
        {
            ref readonly var g = ref all[index];
            if (g.StartBaseLine.X > baseX) { baseX = g.StartBaseLine.X; }
            if (g.StartBaseLine.Y < startY) { startY = g.StartBaseLine.Y; }
            var x = g.StartBaseLine.X - g.Box.Height;
            if (x < topX) { topX = x; }
            if (g.Box.BottomRight.Y > endY) { endY = g.Box.BottomRight.Y; }
        }

        return new PdfRectangle(new PdfPoint(topX, startY), new PdfPoint(topX, endY), new PdfPoint(baseX, startY), new PdfPoint(baseX, endY));
    }

    // Text on a slant is rare enough to let PdfPig fit its rotated box from real letters.
    private static PdfRectangle Slanted(ReadOnlySpan<PageGlyph> all, List<int> indices)
    {
        var letters = new List<Letter>(indices.Count);
        foreach (var index in indices)
        {
            letters.Add(all[index].ToLetter());
        }

        return new Word(letters).BoundingBox;
    }
}
