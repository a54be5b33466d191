using System.Globalization;

namespace ArvexLab.Graph.Extract;

/// <summary>`--timings`: each stage's wall time and managed allocations on stderr, then the collector's totals.</summary>
internal static class StageTimings
{
    private static long allocatedBefore;

    public static void Print(string stage, TimeSpan took)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stage,-10} {took.TotalMilliseconds,8:F1} ms {(allocated - allocatedBefore) / 1048576.0,8:F1} MB allocated"));
        allocatedBefore = allocated;
    }

    public static void PrintCollections() =>
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"collections gen0/gen1/gen2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, {GC.GetTotalPauseDuration().TotalMilliseconds:F1} ms paused"));
}
