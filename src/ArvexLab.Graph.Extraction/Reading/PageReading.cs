using ArvexLab.Graph.Extraction.Model;
using UglyToad.PdfPig.Content;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>Converts one PdfPig page to words in reading orientation with a top-left origin.</summary>
internal static class PageReading
{
    public static SourcePage ToSourcePage(Page page, int number)
    {
        var width = page.Width;
        var height = page.Height;
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();

        // A landscape table inside a portrait report is often drawn rotated on a portrait page:
        // turn the coordinate system so its text reads left-to-right like everywhere else.
        var rotated = words.Count(w => w.TextOrientation is TextOrientation.Rotate90 or TextOrientation.Rotate270);
        var turn = rotated > words.Count / 2
            ? words.Count(w => w.TextOrientation == TextOrientation.Rotate90) >= words.Count(w => w.TextOrientation == TextOrientation.Rotate270) ? 90 : 270
            : 0;

        var result = new List<SourceWord>(words.Count);
        foreach (var word in words)
        {
            var r = word.BoundingBox;
            var box = turn switch
            {
                // Text running upwards: x' = y, y' measured from the left edge.
                90 => new BoundingBox(r.Bottom, r.Left, r.Top, r.Right),
                // Text running downwards: x' = height - y, y' = width - x.
                270 => new BoundingBox(height - r.Top, width - r.Right, height - r.Bottom, width - r.Left),
                _ => new BoundingBox(r.Left, height - r.Top, r.Right, height - r.Bottom),
            };
            if (turn != 0 && word.TextOrientation is not (TextOrientation.Rotate90 or TextOrientation.Rotate270))
            {
                continue;
            }

            // Text placed off the page is invisible to a reader; crafted coordinates must not reach layout.
            if (!OnPage(box, turn == 0 ? width : height, turn == 0 ? height : width))
            {
                continue;
            }

            var letter = word.Letters.Count > 0 ? word.Letters[0] : null;
            var size = letter is null ? box.Height : Math.Max(letter.PointSize, 1);
            var font = word.FontName ?? string.Empty;
            var bold = font.Contains("Bold", StringComparison.OrdinalIgnoreCase) || font.Contains("Black", StringComparison.OrdinalIgnoreCase) || font.Contains("Heavy", StringComparison.OrdinalIgnoreCase);
            result.Add(new SourceWord(word.Text, box, size, bold));
        }

        var (w, h) = turn == 0 ? (width, height) : (height, width);
        var rulings = turn == 0 ? ReadRulings(page, height) : [];
        return new SourcePage(number, w, h, result, rulings);
    }

    private static bool OnPage(BoundingBox box, double width, double height) =>
        box.X1 > 0 && box.X0 < width && box.Y1 > 0 && box.Y0 < height && double.IsFinite(box.X0 + box.X1 + box.Y0 + box.Y1);

    private static List<Ruling> ReadRulings(Page page, double height)
    {
        var rulings = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            if (rulings.Count > 5000)
            {
                break;
            }

            var r = path.GetBoundingRectangle();
            if (r is not { } rect)
            {
                continue;
            }

            var thin = rect.Height <= 2.5 && rect.Width >= 15 || rect.Width <= 2.5 && rect.Height >= 15;
            if (thin)
            {
                rulings.Add(new Ruling(new BoundingBox(rect.Left, height - rect.Top, rect.Right, height - rect.Bottom)));
            }
        }

        return rulings;
    }
}
