using ArvexLab.Graph.Bench.Hosting;
using ArvexLab.Graph.Bench.Load;
using ArvexLab.Graph.Bench.Seeding;

namespace ArvexLab.Graph.Bench.Runs;

/// <summary>Everything one run measured; written as JSON and printed as tables.</summary>
public sealed class BenchReport
{
    public required MachineInfo Machine { get; set; }
    public required string Database { get; init; }
    public required string Mode { get; init; }
    public List<SeedReport> Seeding { get; } = [];
    public List<ComparedScenario> Scenarios { get; } = [];
    public List<LoadResult> Pages { get; } = [];
    public List<PageSizeStatements> PageSizes { get; } = [];
    public List<ProtectionFigure> Protection { get; } = [];
    public List<ScalePoint> Scaling { get; } = [];
    public MemoryFigures? Memory { get; set; }
    public ExtractionFigure? Extraction { get; set; }
    public List<string> Notes { get; } = [];
}

/// <summary>The same page through GraphQL and through the hand-written baseline, in the same run.</summary>
public sealed record ComparedScenario(string Name, LoadResult Graph, LoadResult? Baseline)
{
    public double? ThroughputRatio => Baseline is null || Baseline.RequestsPerSecond == 0 ? null : Graph.RequestsPerSecond / Baseline.RequestsPerSecond;
    public double? P95Ratio => Baseline is null || Baseline.P95Ms == 0 ? null : Graph.P95Ms / Baseline.P95Ms;

    /// <summary>Baseline server CPU per request over GraphQL's: the throughput ratio a CPU-bound idle machine would show.</summary>
    public double? CpuRatio => Baseline is null || Graph.CpuMsPerRequest <= 0 ? null : Baseline.CpuMsPerRequest / Graph.CpuMsPerRequest;
}

public sealed record PageSizeStatements(int PageSize, double Statements, double QueryStatements);

public sealed record ProtectionFigure(string Query, ProtectionResult Result);

public sealed record ScalePoint(int Scale, int Vendors, int Controls, LoadResult Result);

public sealed record MemoryFigures(long IdleAfterStartBytes, long PeakUnderLoadBytes, long IdleAfterLoadBytes);

public sealed record MachineInfo(string When, int Cores, string LoadAverageAtStart, string? LoadAverageAtEnd, string Os, string Runtime)
{
    public static MachineInfo Now() => new(DateTimeOffset.UtcNow.ToString("u"), Environment.ProcessorCount, LoadAverage(), null,
        System.Runtime.InteropServices.RuntimeInformation.OSDescription, System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
