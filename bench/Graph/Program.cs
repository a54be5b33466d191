using System.Globalization;
using ArvexLab.Graph.Bench;
using ArvexLab.Graph.Bench.Seeding;

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
    case "seed":
        var scale = new SeedScale(arguments.GetInt("scale", 100));
        var database = arguments.Database(Path.Combine(Path.GetTempPath(), "arvex-bench", $"scale-{scale.Factor}"));
        Console.WriteLine($"Seeding {database} at {scale}");
        var report = await DataScaleSeeder.SeedAsync(database, scale, cancel.Token);
        foreach (var (table, seconds) in report.TableSeconds)
        {
            Console.WriteLine($"  {table,-22} {seconds,8:0.00} s");
        }

        Console.WriteLine($"Seeded {report.Rows:N0} rows in {report.Seconds:0.0} s (target < 120 s at scale 100).");
        return 0;
    default:
        Console.Error.WriteLine("usage: seed [--scale N] [--sqlite DIR | --postgres CONNECTION]");
        return 2;
}
