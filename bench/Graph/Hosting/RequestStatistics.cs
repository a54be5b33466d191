using System.Diagnostics;
using ArvexLab.Graph.Server.Data.Interceptors;

namespace ArvexLab.Graph.Bench.Hosting;

/// <summary>
/// Server-side counters the load generator reads between runs: requests, SQL statements (all, and those
/// not touching OpenIddict's token tables, i.e. the query's own), allocated bytes and CPU time.
/// </summary>
public sealed class RequestStatistics
{
    private long requests;
    private long statements;
    private long tokenStatements;

    public void Record(SqlCommandTally tally)
    {
        Interlocked.Increment(ref requests);
        Interlocked.Add(ref statements, tally.Count);
        Interlocked.Add(ref tokenStatements, tally.Commands.Count(c => c.Contains("OpenIddict", StringComparison.Ordinal)));
    }

    public ServerSnapshot Snapshot()
    {
        using var process = Process.GetCurrentProcess();
        return new ServerSnapshot(
            Interlocked.Read(ref requests),
            Interlocked.Read(ref statements),
            Interlocked.Read(ref tokenStatements),
            GC.GetTotalAllocatedBytes(precise: true),
            process.WorkingSet64,
            GC.CollectionCount(0),
            GC.CollectionCount(2),
            process.TotalProcessorTime.TotalMilliseconds);
    }
}

/// <summary>The counters at one moment; differences between two give per-request figures.</summary>
/// <remarks><c>CpuMs</c> is the server process's processor time: per request, it is the cost a busy machine's other processes distort least.</remarks>
public sealed record ServerSnapshot(long Requests, long Statements, long TokenStatements, long AllocatedBytes, long WorkingSetBytes, int Gen0, int Gen2, double CpuMs);
