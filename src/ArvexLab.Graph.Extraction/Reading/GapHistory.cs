using System.Runtime.InteropServices;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>
/// How often each gap between glyphs of one font size occurred, and the most common gap: the
/// first seen among equally common ones, as PdfPig's word extractor picks it.
/// </summary>
internal sealed class GapHistory
{
    private readonly Dictionary<double, (int Count, int Order)> counts = [];
    private int commonOrder = int.MaxValue;

    public int Distinct => counts.Count;

    public double CommonGap { get; private set; }

    public int CommonCount { get; private set; }

    public void Add(double gap)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, gap, out var seen);
        if (!seen)
        {
            entry.Order = counts.Count - 1;
        }

        entry.Count++;

        // Counts only grow, so only the gap just counted can overtake the most common one.
        if (entry.Count > CommonCount || entry.Count == CommonCount && entry.Order < commonOrder)
        {
            (CommonGap, CommonCount, commonOrder) = (gap, entry.Count, entry.Order);
        }
    }
}
