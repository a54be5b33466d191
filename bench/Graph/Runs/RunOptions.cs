namespace ArvexLab.Graph.Bench.Runs;

/// <summary>
/// What a <c>run</c> does. Full: the scale (100 = 2,000 vendors) with 10 s runs and the 1×/10×
/// scaling points; <c>--quick</c>: scale 10, 2 s runs, no scaling curve, an already seeded database reused — a smoke test under a minute.
/// </summary>
public sealed record RunOptions(bool Quick, int Workers, TimeSpan Duration, int MainScale, int[] ScalingScales, int ProtectionRounds,
    int DeepPage, string SqliteRoot, string? Postgres, bool Reuse, string OutputPath)
{
    public static RunOptions From(BenchArguments arguments)
    {
        var quick = arguments.Has("quick");
        var scales = arguments.Get("scales") is { } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray()
            : quick ? [] : [1, 10];
        return new RunOptions(
            quick,
            arguments.GetInt("concurrency", 8),
            TimeSpan.FromSeconds(arguments.GetInt("seconds", quick ? 2 : 10)),
            arguments.GetInt("scale", quick ? 10 : 100),
            scales,
            arguments.GetInt("rounds", quick ? 20 : 200),
            quick ? 100 : 1000,
            arguments.Get("sqlite") ?? Path.Combine(Path.GetTempPath(), "arvex-bench"),
            arguments.Get("postgres"),
            quick || arguments.Has("reuse"),
            arguments.Get("out") ?? "graph-bench.json");
    }
}
