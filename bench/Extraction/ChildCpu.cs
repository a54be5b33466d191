using System.Runtime.InteropServices;

namespace ArvexLab.Graph.Extraction.Bench;

/// <summary>User + system CPU seconds of all reaped child processes (getrusage RUSAGE_CHILDREN, Linux).</summary>
internal static partial class ChildCpu
{
    public static double Seconds()
    {
        var usage = new long[18];
        return GetRUsage(-1, usage) == 0 ? usage[0] + usage[1] / 1e6 + usage[2] + usage[3] / 1e6 : 0;
    }

    // struct rusage on 64-bit Linux: ru_utime, ru_stime (timeval = 2 longs each), then 14 longs.
    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRUsage(int who, [Out] long[] usage);
}
