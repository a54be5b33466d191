using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArvexLab.Graph.Bench.Hosting;
using ArvexLab.Graph.Bench.Load;
using ArvexLab.Graph.Bench.Seeding;

namespace ArvexLab.Graph.Bench.Runs;

/// <summary>The whole run: the main scale against GraphQL and baselines, keyset pages, page sizes, protection, memory, then the scaling curve.</summary>
public static class GraphBenchmark
{
    public static async Task<BenchReport> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        var databases = new BenchDatabases(options.SqliteRoot, options.Postgres, options.Reuse);
        var (main, seeded) = await databases.PrepareAsync(options.MainScale, cancellationToken);
        var report = new BenchReport { Machine = MachineInfo.Now(), Database = main.ToString(), Mode = options.Quick ? "quick" : "full" };
        if (seeded is not null)
        {
            report.Seeding.Add(seeded);
            Console.WriteLine($"Seeded scale {seeded.Scale}: {seeded.Rows:N0} rows in {seeded.Seconds:0.0} s wall, {seeded.CpuSeconds:0.0} s CPU.");
        }

        var settings = new LoadSettings(options.Workers, options.Duration, int.MaxValue, options.Quick ? 5 : 50);
        await using (var server = await ServerProcess.StartAsync(main, 0, cancellationToken))
        {
            using var client = await BenchClient.SignInAsync(server.Ready);
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            var idle = server.ResidentBytes();
            var ids = await VendorIdsAsync(client);
            await DetectFeaturesAsync(client, report);

            foreach (var scenario in Scenarios(ids))
            {
                Console.WriteLine($"Measuring {scenario.Name}…");
                var graph = await LoadRunner.RunAsync(client, server, scenario.Name, scenario.Graph, settings);
                var baseline = scenario.Baseline is null ? null : await LoadRunner.RunAsync(client, server, scenario.Name + " (baseline)", scenario.Baseline, settings);
                report.Scenarios.Add(new ComparedScenario(scenario.Name, graph, baseline));
            }

            Console.WriteLine("Measuring keyset pages and page sizes…");
            await MeasurePagesAsync(client, server, report, options, settings with { Duration = options.Duration / 2 });
            await MeasurePageSizesAsync(client, report);

            Console.WriteLine("Measuring validation + cost analysis…");
            foreach (var (name, query, variables) in new[] { ("vendor posture page", GraphQueries.Posture, JsonSerializer.Serialize(new { id = ids[0] })), ("vendor list page", GraphQueries.VendorList, "{}") })
            {
                using var response = await client.Http.PostAsJsonAsync("/bench/protection", new ProtectionRequest(query, variables, options.ProtectionRounds), cancellationToken);
                response.EnsureSuccessStatusCode();
                report.Protection.Add(new ProtectionFigure(name, (await response.Content.ReadFromJsonAsync<ProtectionResult>(cancellationToken))!));
            }

            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            var peak = report.Scenarios.SelectMany(s => new[] { s.Graph, s.Baseline }).Concat(report.Pages).Max(r => r?.PeakWorkingSetBytes ?? 0);
            report.Memory = new MemoryFigures(idle, peak, server.ResidentBytes());
        }

        if (options.ExtractionPdf is { } pdf)
        {
            Console.WriteLine($"Measuring upload → EXTRACTED of {pdf}…");
            using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
            {
                report.Extraction = await ExtractionEndToEnd.MeasureAsync(main, pdf, document.NumberOfPages, cancellationToken);
            }
        }

        foreach (var scale in options.ScalingScales.Where(s => s != options.MainScale).Order())
        {
            var database = await PrepareScaleAsync(databases, scale, report, cancellationToken);
            await MeasureScaleAsync(database, scale, report, settings with { Duration = options.Duration / 2 }, cancellationToken);
        }

        if (options.ScalingScales.Length > 0)
        {
            // The main scale's point is the main run itself (longer runs, same queries).
            var shape = new SeedScale(options.MainScale);
            report.Scaling.AddRange(report.Scenarios.Select(s => new ScalePoint(options.MainScale, shape.Vendors, shape.Controls, s.Graph)));
        }

        report.Notes.Add("Server runs in Development (HTTP on 127.0.0.1; Production requires HTTPS), logging at Warning, the per-client cost rate limit off (60,000 points/min would throttle any load test).");
        report.Machine = report.Machine with { LoadAverageAtEnd = MachineInfo.LoadAverage() };
        return report;
    }

    private sealed record Scenario(string Name, Func<long, HttpRequestMessage> Graph, Func<long, HttpRequestMessage>? Baseline);

    private static IEnumerable<Scenario> Scenarios(string[] ids)
    {
        string Id(long n) => ids[n % ids.Length];
        yield return new Scenario("vendor list (filtered, sorted, 20)",
            _ => BenchClient.GraphRequest(GraphQueries.VendorList, null),
            _ => new HttpRequestMessage(HttpMethod.Get, "/baseline/vendors"));
        yield return new Scenario("vendor posture (5 docs × 20 controls × mappings)",
            n => BenchClient.GraphRequest(GraphQueries.Posture, new { id = Id(n) }),
            n => new HttpRequestMessage(HttpMethod.Get, "/baseline/posture?id=" + Uri.EscapeDataString(Id(n))));
        yield return new Scenario("partner sync (`changes`, 100)",
            _ => BenchClient.GraphRequest(GraphQueries.Changes, null),
            _ => new HttpRequestMessage(HttpMethod.Get, "/baseline/changes"));
        yield return new Scenario("node(id)",
            n => BenchClient.GraphRequest(GraphQueries.Node, new { id = Id(n) }),
            n => new HttpRequestMessage(HttpMethod.Get, "/baseline/node?id=" + Uri.EscapeDataString(Id(n))));
    }

    private static async Task<string[]> VendorIdsAsync(BenchClient client)
    {
        var data = await client.DataAsync(GraphQueries.VendorIds);
        return data["vendors"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToArray();
    }

    private static async Task DetectFeaturesAsync(BenchClient client, BenchReport report)
    {
        var data = await client.DataAsync(GraphQueries.RootFields);
        static HashSet<string> Names(JsonNode? type) => type?["fields"]?.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToHashSet() ?? [];
        var mutation = Names(data["mutation"]);
        var vendor = Names(data["vendor"]);
        report.Notes.Add(vendor.Contains("posture")
            ? "Vendor.posture exists; the posture page measured here is the nested selection vendor → documents → controls → mappings → requirement."
            : "Vendor.posture is not in this build; the posture page is the nested selection vendor → documents → controls → mappings → requirement.");
        if (!mutation.Contains("uploadEvidence"))
        {
            report.Notes.Add("Extraction end-to-end (upload → EXTRACTED): not available — Mutation.uploadEvidence is not in the schema of this build.");
        }
    }

    private static async Task MeasurePagesAsync(BenchClient client, ServerProcess server, BenchReport report, RunOptions options, LoadSettings settings)
    {
        var vendorCount = new SeedScale(options.MainScale).Vendors;
        var vendorPage = Math.Min(options.DeepPage, vendorCount / 2);
        var vendorCursor = await CursorBeforeRowAsync(client, "vendors", ", order: [{ name: ASC }]", (vendorPage - 1) * 2);
        report.Pages.Add(await LoadRunner.RunAsync(client, server, "vendors(first: 2) page 1", _ => BenchClient.GraphRequest(GraphQueries.VendorPage, new { after = (string?)null }), settings));
        report.Pages.Add(await LoadRunner.RunAsync(client, server, $"vendors(first: 2) page {vendorPage:N0}", _ => BenchClient.GraphRequest(GraphQueries.VendorPage, new { after = vendorCursor }), settings));
        var controlCursor = await CursorBeforeRowAsync(client, "controls", "", (options.DeepPage - 1) * 20);
        report.Pages.Add(await LoadRunner.RunAsync(client, server, "controls(first: 20) page 1", _ => BenchClient.GraphRequest(GraphQueries.ControlPage, new { after = (string?)null }), settings));
        report.Pages.Add(await LoadRunner.RunAsync(client, server, $"controls(first: 20) page {options.DeepPage:N0}", _ => BenchClient.GraphRequest(GraphQueries.ControlPage, new { after = controlCursor }), settings));
    }

    /// <summary>The cursor of row <paramref name="rows"/> - 1, so that <c>after</c> it the page starts at row <paramref name="rows"/>.</summary>
    private static async Task<string?> CursorBeforeRowAsync(BenchClient client, string field, string arguments, int rows)
    {
        string? after = null;
        var seen = 0;
        while (seen < rows)
        {
            var data = await client.DataAsync(GraphQueries.CursorWalk(field, arguments), new { after });
            var edges = data[field]!["edges"]!.AsArray();
            var take = Math.Min(edges.Count, rows - seen);
            after = edges[take - 1]!["cursor"]!.GetValue<string>();
            seen += take;
            if (edges.Count == 0 || !data[field]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }
        }

        return after;
    }

    private static async Task MeasurePageSizesAsync(BenchClient client, BenchReport report)
    {
        foreach (var size in new[] { 1, 10, 25, 50 })
        {
            await client.DataAsync(GraphQueries.PageSize, new { n = size });
            var before = await client.StatsAsync();
            const int repeats = 3;
            for (var i = 0; i < repeats; i++)
            {
                await client.DataAsync(GraphQueries.PageSize, new { n = size });
            }

            var after = await client.StatsAsync();
            var requests = after.Requests - before.Requests;
            var all = after.Statements - before.Statements;
            var query = all - (after.TokenStatements - before.TokenStatements);
            report.PageSizes.Add(new PageSizeStatements(size, (double)all / requests, (double)query / requests));
        }
    }

    private static async Task<BenchDatabase> PrepareScaleAsync(BenchDatabases databases, int scale, BenchReport report, CancellationToken cancellationToken)
    {
        var (database, seeded) = await databases.PrepareAsync(scale, cancellationToken);
        if (seeded is not null)
        {
            report.Seeding.Add(seeded);
        }

        return database;
    }

    private static async Task MeasureScaleAsync(BenchDatabase database, int scale, BenchReport report, LoadSettings settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Scaling point {scale}x…");
        var shape = new SeedScale(scale);
        await using var server = await ServerProcess.StartAsync(database, 0, cancellationToken);
        using var client = await BenchClient.SignInAsync(server.Ready);
        var ids = await VendorIdsAsync(client);
        foreach (var scenario in Scenarios(ids))
        {
            report.Scaling.Add(new ScalePoint(scale, shape.Vendors, shape.Controls, await LoadRunner.RunAsync(client, server, scenario.Name, scenario.Graph, settings)));
        }
    }
}
