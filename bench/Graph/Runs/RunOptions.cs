namespace ArvexLab.Graph.Bench.Runs;

/// <summary>
/// What a <c>run</c> does. Full: the scale (100 = 2,000 vendors) with 10 s runs and the 1×/10×
/// scaling points; <c>--quick</c>: scale 1 (20 vendors), 1 s runs, 10 protection rounds, no scaling curve, an already
/// seeded database reused — a smoke test of the whole harness in under a minute on an idle machine.
/// </summary>
public sealed record RunOptions(bool Quick, int Workers, TimeSpan Duration, int MainScale, int[] ScalingScales, int ProtectionRounds,
    int DeepPage, string SqliteRoot, string? Postgres, bool Reuse, string OutputPath, string? ExtractionPdf)
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
            TimeSpan.FromSeconds(arguments.GetInt("seconds", quick ? 1 : 10)),
            arguments.GetInt("scale", quick ? 1 : 100),
            scales,
            arguments.GetInt("rounds", quick ? 10 : 200),
            quick ? 10 : 1000,
            arguments.Get("sqlite") ?? Path.Combine(Path.GetTempPath(), "arvex-bench"),
            arguments.Get("postgres"),
            quick || arguments.Has("reuse"),
            arguments.Get("out") ?? "graph-bench.json",
            // Quick runs skip the end-to-end extraction (a second server start and a real PDF) unless given --pdf.
            arguments.Has("no-extraction") ? null : arguments.Get("pdf") ?? (quick ? null : Runs.ExtractionEndToEnd.DefaultPdf));
    }
}
