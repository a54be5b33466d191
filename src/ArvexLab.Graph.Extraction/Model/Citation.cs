namespace ArvexLab.Graph.Extraction.Model;

/// <summary>
/// A box on a page in PDF points with the origin at the page's top-left corner
/// (x grows right, y grows down), so a viewer can overlay it on a rendered page directly.
/// </summary>
public readonly record struct BoundingBox(double X0, double Y0, double X1, double Y1)
{
    public double Width => X1 - X0;

    public double Height => Y1 - Y0;

    public BoundingBox Union(BoundingBox other) =>
        new(Math.Min(X0, other.X0), Math.Min(Y0, other.Y0), Math.Max(X1, other.X1), Math.Max(Y1, other.Y1));

    public static BoundingBox? UnionAll(IEnumerable<BoundingBox> boxes)
    {
        BoundingBox? result = null;
        foreach (var box in boxes)
        {
            result = result is { } r ? r.Union(box) : box;
        }

        return result;
    }
}

/// <summary>Where an item was read: 1-based page number and a box on that page.</summary>
public sealed record Citation(int Page, BoundingBox Box);
