using System.Runtime.ExceptionServices;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>
/// Reads pages on several lanes at once. PdfPig's documents are not thread-safe, so every lane
/// but the first opens its own document over the same bytes; lane k takes pages k+1, k+1+lanes, …
/// so heavy and light stretches of a report are shared evenly.
/// </summary>
internal static class PageLanes
{
    // Opening a second document costs about as much as parsing a few pages; below this many pages
    // per lane a lane does not pay for itself.
    private const int MinPagesPerLane = 8;

    public static int Count(int pageCount, int threads) =>
        Math.Clamp(Math.Min(threads, pageCount / MinPagesPerLane), 1, 16);

    /// <summary>
    /// Runs <paramref name="readLane"/>(lane, lanes) for every lane, lane 0 on the calling thread.
    /// The first failure is rethrown as itself (not wrapped), preferring a real error to the
    /// cancellations it caused on the other lanes.
    /// </summary>
    public static void Run(int lanes, Action<int, int> readLane, CancellationTokenSource stopOthers)
    {
        if (lanes == 1)
        {
            readLane(0, 1);
            return;
        }

        var failures = new Exception?[lanes];
        void RunLane(int lane)
        {
            try
            {
                readLane(lane, lanes);
            }
            catch (Exception e)
            {
                failures[lane] = e;
                stopOthers.Cancel();
            }
        }

        var others = Enumerable.Range(1, lanes - 1)
            .Select(lane => Task.Factory.StartNew(() => RunLane(lane), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        RunLane(0);
        Task.WaitAll(others);

        var first = failures.FirstOrDefault(e => e is not null and not OperationCanceledException) ?? failures.FirstOrDefault(e => e is not null);
        if (first is not null)
        {
            ExceptionDispatchInfo.Capture(first).Throw();
        }
    }
}
