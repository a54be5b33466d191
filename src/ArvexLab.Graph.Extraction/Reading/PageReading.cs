using ArvexLab.Graph.Extraction.Model;
using UglyToad.PdfPig.Content;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>Converts one page's words to reading orientation with a top-left origin.</summary>
internal static class PageReading
{
    public static SourcePage ToSourcePage(PageText page, int number)
    {
        var width = page.Width;
        var height = page.Height;
        var words = page.Words;
        int upwards = 0, downwards = 0, printed = 0;
        foreach (var word in words)
        {
            if (!string.IsNullOrWhiteSpace(word.Text))
            {
                printed++;
                upwards += word.Orientation == TextOrientation.Rotate90 ? 1 : 0;
                downwards += word.Orientation == TextOrientation.Rotate270 ? 1 : 0;
            }
        }

        // A landscape table inside a portrait report is often drawn rotated on a portrait page:
        // turn the coordinate system so its text reads left-to-right like everywhere else.
        var turn = upwards + downwards > printed / 2 ? upwards >= downwards ? 90 : 270 : 0;

        var result = new List<SourceWord>(printed);
        string? lastFont = null;
        var lastBold = false;
        foreach (var word in words)
        {
            if (string.IsNullOrWhiteSpace(word.Text))
            {
                continue;
            }

            var r = word.Box;
            var box = turn switch
            {
                // Text running upwards: x' = y, y' measured from the left edge.
                90 => new BoundingBox(r.Bottom, r.Left, r.Top, r.Right),
                // Text running downwards: x' = height - y, y' = width - x.
                270 => new BoundingBox(height - r.Top, width - r.Right, height - r.Bottom, width - r.Left),
                _ => new BoundingBox(r.Left, height - r.Top, r.Right, height - r.Bottom),
            };
            if (turn != 0 && word.Orientation is not (TextOrientation.Rotate90 or TextOrientation.Rotate270))
            {
                continue;
            }

            // Text placed off the page is invisible to a reader; crafted coordinates must not reach layout.
            if (!OnPage(box, turn == 0 ? width : height, turn == 0 ? height : width))
            {
                continue;
            }

            var size = Math.Max(word.PointSize, 1);

            // Consecutive words mostly share a font: the name is looked at once per change.
            if (!ReferenceEquals(word.FontName, lastFont) || result.Count == 0)
            {
                lastFont = word.FontName;
                lastBold = IsBold(word.FontName);
            }

            result.Add(new SourceWord(word.Text, box, size, lastBold));
        }

        var (w, h) = turn == 0 ? (width, height) : (height, width);
        var rulings = turn == 0
            ? page.Rulings.Select(r => new Ruling(new BoundingBox(r.Left, height - r.Top, r.Right, height - r.Bottom))).ToList()
            : [];
        return new SourcePage(number, w, h, result, rulings);
    }

    private static bool IsBold(string? font) =>
        font is not null && (font.Contains("Bold", StringComparison.OrdinalIgnoreCase) || font.Contains("Black", StringComparison.OrdinalIgnoreCase) || font.Contains("Heavy", StringComparison.OrdinalIgnoreCase));

    private static bool OnPage(BoundingBox box, double width, double height) =>
        box.X1 > 0 && box.X0 < width && box.Y1 > 0 && box.Y0 < height && double.IsFinite(box.X0 + box.X1 + box.Y0 + box.Y1);
}
