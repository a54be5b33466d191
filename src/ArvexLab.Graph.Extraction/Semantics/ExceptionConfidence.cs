using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// How sure an exception is. A deviation read from a control row inherits the row's confidence,
/// lowered when its text does not read like a deviation (too short, no sample or failure words);
/// one restated only in a responses section is good but unconfirmed by the matrix.
/// </summary>
public static class ExceptionConfidence
{
    public static double FromControl(ExtractedControl control, string description) =>
        Math.Round(Math.Clamp(Math.Min(0.95, control.Confidence) - Doubt(description), 0.05, 0.95), 2);

    public static double FromSection(RestatedException entry) =>
        Math.Round(Math.Clamp(0.85 - Doubt(entry.Description ?? string.Empty), 0.05, 0.95), 2);

    private static double Doubt(string description)
    {
        var words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var doubt = 0.0;
        if (words < 5)
        {
            doubt += 0.35;
        }

        if (words > 90)
        {
            doubt += 0.25;
        }

        return doubt;
    }
}
