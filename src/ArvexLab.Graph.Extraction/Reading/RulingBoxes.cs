using UglyToad.PdfPig.Core;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>Keeps the thin boxes among a page's paths (table rulings), at most a few thousand.</summary>
internal sealed class RulingBoxes
{
    // A crafted page can draw millions of paths; a real table never needs this many rulings.
    private const int Limit = 5001;

    private readonly List<PdfRectangle> boxes = [];

    public IReadOnlyList<PdfRectangle> Boxes => boxes;

    public bool IsFull => boxes.Count >= Limit;

    public void Add(PdfRectangle? box)
    {
        if (IsFull || box is not { } r)
        {
            return;
        }

        var thin = r.Height <= 2.5 && r.Width >= 15 || r.Width <= 2.5 && r.Height >= 15;
        if (thin)
        {
            boxes.Add(r);
        }
    }
}
