using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>Warm extraction processes in the real server: uploads through /graphql, the server's own worker, a real database.</summary>
public sealed class WarmExtractionHostTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [ExtractionToolFact]
    public async Task Two_uploads_in_a_row_are_extracted_by_one_warm_process_which_is_gone_after_the_server_stops()
    {
        var settings = new Dictionary<string, string?>(EvidenceHost.Workers(1)) { ["Extraction:TimeoutSeconds"] = "120" };
        List<int> pids;
        await using (var host = await EvidenceHost.StartAsync(database, settings))
        {
            var vendorId = await EvidenceGraph.CreateVendorAsync(host.Client, "Warm vendor");
            foreach (var pdf in new[] { "rapidreconciler_soc2_bridge_letter.pdf", "axisphere_iso27001_certificate.pdf" })
            {
                var payload = EvidenceGraph.Payload(await EvidenceGraph.UploadFileAsync(host.Client, vendorId, Path.Combine(RepositoryRoot.RealCorpus, pdf)));
                Assert.Empty(payload["errors"]!.AsArray());
                var document = await EvidenceGraph.WaitForExtractionAsync(host.Client, payload["document"]!["id"]!.GetValue<string>(), TimeSpan.FromMinutes(3));
                Assert.True(document["status"]!.GetValue<string>() == "EXTRACTED", $"{pdf}: {document.ToJsonString()}");
            }

            var pool = host.App.Services.GetRequiredService<ExtractionProcessRunner>().Pool!;
            Assert.Equal(1, pool.ProcessesStarted);
            pids = [.. pool.LiveProcessIds];
            Assert.Single(pids);
        }

        foreach (var pid in pids)
        {
            Assert.True(await WarmExtractionProcessTests.GoneAsync(pid), $"extraction process {pid} outlived the server");
        }
    }

    [ExtractionToolFact]
    public async Task The_first_upload_after_the_server_started_is_extracted_by_the_warm_process_started_ahead_of_it()
    {
        var settings = new Dictionary<string, string?>(EvidenceHost.Workers(1)) { ["Extraction:TimeoutSeconds"] = "120" };
        int ahead;
        await using (var host = await EvidenceHost.StartAsync(database, settings))
        {
            var runner = host.App.Services.GetRequiredService<ExtractionProcessRunner>();
            var until = DateTime.UtcNow + TimeSpan.FromMinutes(1);
            while (runner.Pool is not { LiveProcessIds.Count: > 0 } && DateTime.UtcNow < until)
            {
                await Task.Delay(100);
            }

            // Before any upload: started with the workers, not by a document.
            ahead = Assert.Single(runner.Pool!.LiveProcessIds);
            var vendorId = await EvidenceGraph.CreateVendorAsync(host.Client, "Ahead vendor");
            var payload = EvidenceGraph.Payload(await EvidenceGraph.UploadFileAsync(host.Client, vendorId,
                Path.Combine(RepositoryRoot.RealCorpus, "rapidreconciler_soc2_bridge_letter.pdf")));
            var document = await EvidenceGraph.WaitForExtractionAsync(host.Client, payload["document"]!["id"]!.GetValue<string>(), TimeSpan.FromMinutes(3));
            Assert.True(document["status"]!.GetValue<string>() == "EXTRACTED", document.ToJsonString());

            Assert.Equal(1, runner.Pool.ProcessesStarted);
            Assert.Equal([ahead], runner.Pool.LiveProcessIds);
        }

        Assert.True(await WarmExtractionProcessTests.GoneAsync(ahead), $"extraction process {ahead} outlived the server");
    }
}
