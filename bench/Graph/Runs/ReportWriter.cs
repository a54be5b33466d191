using System.Text.Json;
using ArvexLab.Graph.Bench.Load;

namespace ArvexLab.Graph.Bench.Runs;

/// <summary>Prints the report as Markdown tables (pasteable into the README) and writes it as JSON.</summary>
public static class ReportWriter
{
    public static void Print(BenchReport report, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Machine: {report.Machine.Cores} cores, {report.Machine.Os}, {report.Machine.Runtime}; load average {report.Machine.LoadAverageAtStart} at start, {report.Machine.LoadAverageAtEnd} at end ({report.Machine.When}).");
        output.WriteLine($"Database: {report.Database}; mode {report.Mode}.");
        foreach (var seed in report.Seeding)
        {
            output.WriteLine($"Seeded scale {seed.Scale}: {seed.Rows:N0} rows in {seed.Seconds:0.0} s wall, {seed.CpuSeconds:0.0} s CPU ({seed.Database}).");
        }

        output.WriteLine();
        output.WriteLine("| page | p50 ms | p95 ms | p99 ms | req/s | SQL/req (query + token) | KB alloc/req | server CPU ms/req | errors | baseline p95 ms | baseline req/s | baseline SQL | baseline KB | baseline CPU ms/req | baseline errors | GraphQL/baseline req/s | baseline/GraphQL CPU per req |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var s in report.Scenarios)
        {
            var b = s.Baseline;
            output.WriteLine($"| {s.Name} | {s.Graph.P50Ms:0.0} | {s.Graph.P95Ms:0.0} | {s.Graph.P99Ms:0.0} | {s.Graph.RequestsPerSecond:0} | {Sql(s.Graph)} | {s.Graph.AllocatedBytesPerRequest / 1024:0} | {s.Graph.CpuMsPerRequest:0.0} | {s.Graph.Errors} | "
                + (b is null ? "– | – | – | – | – | – | – | – |" : $"{b.P95Ms:0.0} | {b.RequestsPerSecond:0} | {Sql(b)} | {b.AllocatedBytesPerRequest / 1024:0} | {b.CpuMsPerRequest:0.0} | {b.Errors} | {s.ThroughputRatio:0.00} | {s.CpuRatio:0.00} |"));
        }

        if (report.Pages.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| keyset page | p50 ms | p95 ms | req/s | SQL/req (query) |");
            output.WriteLine("|---|---|---|---|---|");
            foreach (var p in report.Pages)
            {
                output.WriteLine($"| {p.Name} | {p.P50Ms:0.0} | {p.P95Ms:0.0} | {p.RequestsPerSecond:0} | {p.QuerySqlPerRequest:0.0} |");
            }
        }

        if (report.PageSizes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| vendors(first: n) → documents → controls → mappings → requirement | " + string.Join(" | ", report.PageSizes.Select(p => $"n = {p.PageSize}")) + " |");
            output.WriteLine("|---|" + string.Concat(report.PageSizes.Select(_ => "---|")));
            output.WriteLine("| SQL statements per request (query) | " + string.Join(" | ", report.PageSizes.Select(p => $"{p.QueryStatements:0.#}")) + " |");
        }

        if (report.Protection.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| validation + cost analysis | server ms with | server ms without | overhead |");
            output.WriteLine("|---|---|---|---|");
            foreach (var p in report.Protection)
            {
                output.WriteLine($"| {p.Query} (median of {p.Result.Rounds}) | {p.Result.MedianOnMs:0.00} | {p.Result.MedianOffMs:0.00} | {p.Result.OverheadPercent:+0.0;-0.0;0.0} % |");
            }
        }

        if (report.Scaling.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| scale | vendors | controls | page | p50 ms | p95 ms | req/s | SQL/req (query) |");
            output.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var p in report.Scaling)
            {
                output.WriteLine($"| {p.Scale}x | {p.Vendors:N0} | {p.Controls:N0} | {p.Result.Name} | {p.Result.P50Ms:0.0} | {p.Result.P95Ms:0.0} | {p.Result.RequestsPerSecond:0} | {p.Result.QuerySqlPerRequest:0.0} |");
            }
        }

        if (report.Memory is { } memory)
        {
            output.WriteLine();
            output.WriteLine($"Server working set: {Mb(memory.IdleAfterStartBytes)} MB idle after start, {Mb(memory.PeakUnderLoadBytes)} MB peak under load, {Mb(memory.IdleAfterLoadBytes)} MB idle after load.");
        }

        if (report.Extraction is { } e)
        {
            output.WriteLine();
            output.WriteLine($"Upload → {e.Status}: {e.File} ({e.Pages} pages, {e.Bytes / 1024:N0} KB): upload answered in {e.UploadMs:0} ms, claimed by {e.ClaimedMs:0} ms, {e.Status} after {e.ExtractedMs:0} ms"
                + " (one worker, woken by the upload, 2 s fallback poll; the extraction tool's process start included)" + (e.Failure is null ? "." : $"; failure {e.Failure}."));
        }

        foreach (var note in report.Notes)
        {
            output.WriteLine("Note: " + note);
        }

        foreach (var error in report.Scenarios.SelectMany(s => new[] { s.Graph, s.Baseline }).Concat(report.Pages).Concat(report.Scaling.Select(s => s.Result))
                     .Where(r => r?.FirstError is not null))
        {
            output.WriteLine($"First error in {error!.Name}: {error.FirstError}");
        }
    }

    public static async Task WriteJsonAsync(BenchReport report, string path)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, report, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });
    }

    private static string Sql(LoadResult r) => $"{r.QuerySqlPerRequest:0.#} + {r.SqlPerRequest - r.QuerySqlPerRequest:0.#}";

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
}
