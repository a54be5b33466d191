using System.Globalization;
using ArvexLab.Graph.Bench.Hosting;
using ArvexLab.Graph.Bench.Runs;
using ArvexLab.Graph.Bench.Seeding;

namespace ArvexLab.Graph.Bench;

/// <summary>Entry point: <c>run</c> (default), <c>seed</c>, <c>extract</c>, and <c>serve</c> (the child process <c>run</c> starts).</summary>
public static class BenchProgram
{
    private const string Usage = """
        usage:
          run  [--quick] [--scale 100] [--scales 1,10] [--seconds 10] [--concurrency 8] [--rounds 200]
               [--sqlite DIR | --postgres "Host=…;Username=…"] [--reuse] [--out graph-bench.json]
               [--pdf FILE | --no-extraction]
          seed [--scale 100] [--sqlite DIR | --postgres "Host=…;Database=…"]
          extract [--pdf FILE] [--repeat 3] [--scale 1] [--sqlite DIR | --postgres "Host=…"]   (upload → EXTRACTED only, on a seeded database)
        """;

    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        var arguments = BenchArguments.Parse(args);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        switch (arguments.Verb)
        {
            case "run":
                var options = RunOptions.From(arguments);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var report = await GraphBenchmark.RunAsync(options, cancel.Token);
                report.Notes.Add($"The run took {clock.Elapsed.TotalSeconds:0} s wall (load average at the end {report.Machine.LoadAverageAtEnd}).");
                ReportWriter.Print(report, Console.Out);
                await ReportWriter.WriteJsonAsync(report, options.OutputPath);
                Console.WriteLine($"JSON: {Path.GetFullPath(options.OutputPath)}");
                return 0;
            case "seed":
                var scale = new SeedScale(arguments.GetInt("scale", 100));
                var database = arguments.Database(Path.Combine(Path.GetTempPath(), "arvex-bench", $"scale-{scale.Factor}"));
                Console.WriteLine($"Seeding {database} at {scale}");
                var seeded = await DataScaleSeeder.SeedAsync(database, scale, cancel.Token);
                foreach (var (table, seconds) in seeded.TableSeconds)
                {
                    Console.WriteLine($"  {table,-22} {seconds,8:0.00} s");
                }

                Console.WriteLine($"Seeded {seeded.Rows:N0} rows in {seeded.Seconds:0.0} s wall, {seeded.CpuSeconds:0.0} s CPU (target < 120 s at scale 100); load average {MachineInfo.LoadAverage()}.");
                return 0;
            case "extract":
                return await ExtractCommand.RunAsync(arguments, cancel.Token);
            case "serve":
                return await ServeCommand.RunAsync(arguments.Database("data"), arguments.GetInt("workers", 0));
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }
}
