using ArvexLab.Graph.Extraction.Model;
using ArvexLab.Graph.Extraction.Reading;

namespace ArvexLab.Graph.Extraction.Layout;

/// <summary>Groups words that share a baseline band into lines, and splits lines at wide gaps.</summary>
public static class LineBuilder
{
    public static List<TextLine> Build(int page, IReadOnlyList<SourceWord> words)
    {
        var ordered = words.OrderBy(w => (w.Box.Y0 + w.Box.Y1) / 2).ThenBy(w => w.Box.X0).ToList();
        var bands = new List<List<SourceWord>>();
        var bandCenter = 0.0;
        var bandCenterSum = 0.0;
        foreach (var word in ordered)
        {
            var center = (word.Box.Y0 + word.Box.Y1) / 2;
            var tolerance = Math.Max(word.Box.Height, 1) * 0.45;
            if (bands.Count > 0 && Math.Abs(bandCenter - center) <= tolerance)
            {
                // The band's centre is the mean of its words' centres, summed in the order they joined.
                bands[^1].Add(word);
                bandCenterSum += center;
                bandCenter = bandCenterSum / bands[^1].Count;
            }
            else
            {
                bands.Add([word]);
                bandCenter = center;
                bandCenterSum = center;
            }
        }

        return bands.Select(band => ToLine(page, band)).ToList();
    }

    private static TextLine ToLine(int page, List<SourceWord> band)
    {
        var words = band.OrderBy(w => w.Box.X0).ToList();
        var segments = new List<TextSegment>();
        var current = new List<SourceWord>();
        foreach (var word in words)
        {
            if (current.Count > 0)
            {
                var previous = current[^1];
                var gap = word.Box.X0 - previous.Box.X1;

                // A word space is ~0.25-0.5 em even in justified text; a column gutter is wider.
                var em = Math.Max(Math.Min(previous.FontSize, word.FontSize), 4);
                if (gap > em * 1.1)
                {
                    segments.Add(ToSegment(current));
                    current = [];
                }
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            segments.Add(ToSegment(current));
        }

        return new TextLine(page, words, segments, BoundingBox.UnionAll(words.Select(w => w.Box))!.Value);
    }

    private static TextSegment ToSegment(List<SourceWord> words) =>
        new(words, BoundingBox.UnionAll(words.Select(w => w.Box))!.Value);
}
