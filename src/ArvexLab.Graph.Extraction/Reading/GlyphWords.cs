using System.Runtime.InteropServices;
using System.Text;
using UglyToad.PdfPig.Util;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>
/// Groups a page's glyphs into words by the rules of PdfPig's <see cref="DefaultWordExtractor"/>
/// (glyphs ordered top to bottom, then left to right; a word ends at a new line, a step back, a
/// wide or unusually wide gap, white space, or a change of font, size or direction), working on
/// glyph values instead of letter objects. One instance serves one thread, page after page.
/// </summary>
internal sealed class GlyphWords
{
    private readonly List<int> current = new(16);
    private readonly Dictionary<double, GapHistory> gapsByFontSize = [];
    private GapHistory? lastGaps;
    private double lastGapsKey;
    private readonly StringBuilder text = new();
    private GlyphOrder[] order = [];

    public List<PageWord> Group(List<PageGlyph> glyphs)
    {
        var result = new List<PageWord>(glyphs.Count / 4);
        var all = CollectionsMarshal.AsSpan(glyphs);
        var ordered = Order(glyphs);
        current.Clear();
        gapsByFontSize.Clear();
        lastGaps = null;

        var last = -1;
        double y = 0, lastX = 0;
        foreach (var (_, _, index) in ordered)
        {
            ref readonly var glyph = ref all[index];
            var blank = string.IsNullOrWhiteSpace(glyph.Value);
            if (last < 0)
            {
                y = glyph.StartBaseLine.Y;
                lastX = glyph.StartBaseLine.X;
                if (!blank)
                {
                    current.Add(index);
                    last = index;
                }

                continue;
            }

            if (glyph.StartBaseLine.Y < y - 0.5)
            {
                Emit(all, result);
                if (!blank)
                {
                    current.Add(index);
                }

                y = glyph.StartBaseLine.Y;
                lastX = glyph.StartBaseLine.X;
                last = index;
                continue;
            }

            if (EndsWord(glyph, all[last], lastX, blank))
            {
                Emit(all, result);
            }

            if (!blank)
            {
                current.Add(index);
            }

            last = index;
            lastX = glyph.StartBaseLine.X;
        }

        Emit(all, result);
        return result;
    }

    private bool EndsWord(in PageGlyph glyph, in PageGlyph last, double lastX, bool blank)
    {
        var height = Math.Max(last.Box.Height, glyph.Box.Height);
        var gap = glyph.StartBaseLine.X - (last.StartBaseLine.X + last.Width);
        var sizeDiffers = Math.Abs(glyph.FontSize - last.FontSize) > 0.1;
        var ends = glyph.StartBaseLine.X < lastX - 1
            || gap > height * 0.39
            || blank
            || !string.Equals(glyph.FontName, last.FontName, StringComparison.OrdinalIgnoreCase) && gap > glyph.Width * 0.1
            || sizeDiffers
            || glyph.Orientation != last.Orientation;

        // Counted for every glyph, as PdfPig does, so later gaps are judged against the same history.
        var suspect = !sizeDiffers && glyph.FontSize > 0 && gap >= 0 && IsUnusualGap(glyph.FontSize, gap, height);
        return ends || suspect;
    }

    // A gap far wider than the most common gap at this font size splits words set without spaces.
    private bool IsUnusualGap(double fontSize, double gap, double height)
    {
        var key = Math.Round(fontSize);
        if (lastGaps is null || key != lastGapsKey)
        {
            if (!gapsByFontSize.TryGetValue(key, out lastGaps))
            {
                lastGaps = new GapHistory();
                gapsByFontSize[key] = lastGaps;
            }

            lastGapsKey = key;
        }

        lastGaps.Add(Math.Round(gap, 2));
        return lastGaps.Distinct > 1 && gap > height * 0.16 && gap > lastGaps.CommonGap * 5 && lastGaps.CommonCount > 1;
    }

    private ReadOnlySpan<GlyphOrder> Order(List<PageGlyph> glyphs)
    {
        if (order.Length < glyphs.Count)
        {
            order = new GlyphOrder[Math.Max(glyphs.Count, order.Length * 2)];
        }

        var span = order.AsSpan(0, glyphs.Count);
        for (var i = 0; i < span.Length; i++)
        {
            var start = glyphs[i].StartBaseLine;
            span[i] = new GlyphOrder(start.Y, start.X, i);
        }

        // Content streams are often written in reading order already; checking is cheaper than sorting.
        for (var i = 1; i < span.Length; i++)
        {
            if (span[i - 1].CompareTo(span[i]) > 0)
            {
                span.Sort();
                break;
            }
        }

        return span;
    }

    private void Emit(ReadOnlySpan<PageGlyph> all, List<PageWord> result)
    {
        if (current.Count == 0)
        {
            return;
        }

        result.Add(WordBounds.Measure(all, current, text));
        current.Clear();
    }
}

/// <summary>
/// Top to bottom, then left to right; the glyph's index as the last key gives the same order as
/// PdfPig's stable <c>OrderByDescending(Y).ThenBy(X)</c>.
/// </summary>
internal readonly record struct GlyphOrder(double Y, double X, int Index) : IComparable<GlyphOrder>
{
    public int CompareTo(GlyphOrder other)
    {
        var byY = other.Y.CompareTo(Y);
        if (byY != 0)
        {
            return byY;
        }

        var byX = X.CompareTo(other.X);
        return byX != 0 ? byX : Index.CompareTo(other.Index);
    }
}
