using System.Diagnostics;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>
/// Files the worker process cannot extract, uploaded through /graphql: each ends FAILED with a typed code, within the
/// limits, while the server goes on answering. The crash and hang are played by stand-in tools (Tools/*.sh), since the
/// real extractor is hardened against every hostile file we have; the truncated PDF uses the real extractor.
/// </summary>
public sealed class ExtractionFailureTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [ExtractionToolFact]
    public async Task A_truncated_real_pdf_ends_FAILED_with_CORRUPT_PDF()
    {
        await using var host = await EvidenceHost.StartAsync(database, EvidenceHost.Workers(1));
        var whole = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.RealCorpus, "tembo_soc2_type1.pdf"));
        var vendorId = await EvidenceGraph.CreateVendorAsync(host.Client, "Truncated Co");

        var id = EvidenceGraph.Payload(await EvidenceGraph.UploadBytesAsync(host.Client, vendorId, whole[..(whole.Length / 3)], "tembo-cut.pdf"))["document"]!["id"]!.GetValue<string>();
        var document = await EvidenceGraph.WaitForExtractionAsync(host.Client, id, TimeSpan.FromMinutes(2));

        Assert.Equal(("FAILED", "CORRUPT_PDF"), (document["status"]!.GetValue<string>(), document["failure"]!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_pdf_that_hangs_the_worker_process_ends_FAILED_TIMEOUT_within_the_limit_while_the_server_keeps_serving()
    {
        var settings = new Dictionary<string, string?>(EvidenceHost.Workers(1, PipelineTestKit.ToolPath("hang-extract.sh")))
        {
            ["Extraction:TimeoutSeconds"] = "3",
            ["Extraction:LeaseSeconds"] = "33",
        };
        await using var host = await EvidenceHost.StartAsync(database, settings);
        var vendorId = await EvidenceGraph.CreateVendorAsync(host.Client, "Hang Co");
        var watch = Stopwatch.StartNew();
        var id = EvidenceGraph.Payload(await EvidenceGraph.UploadBytesAsync(host.Client, vendorId, "%PDF-1.7 hangs the parser\n"u8.ToArray(), "hang.pdf"))["document"]!["id"]!.GetValue<string>();

        await AssertServesWhileAsync(host, id, "EXTRACTING");
        var document = await EvidenceGraph.WaitForExtractionAsync(host.Client, id, TimeSpan.FromMinutes(1));

        Assert.Equal(("FAILED", "TIMEOUT"), (document["status"]!.GetValue<string>(), document["failure"]!["code"]!.GetValue<string>()));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(45), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_pdf_that_crashes_the_worker_process_ends_FAILED_WORKER_CRASHED_after_its_retries_while_the_server_keeps_serving()
    {
        var settings = new Dictionary<string, string?>(EvidenceHost.Workers(1, PipelineTestKit.ToolPath("crash-extract.sh")))
        {
            ["Extraction:MaxAttempts"] = "2",
        };
        await using var host = await EvidenceHost.StartAsync(database, settings);
        var vendorId = await EvidenceGraph.CreateVendorAsync(host.Client, "Crash Co");
        var id = EvidenceGraph.Payload(await EvidenceGraph.UploadBytesAsync(host.Client, vendorId, "%PDF-1.7 crashes the parser\n"u8.ToArray(), "crash.pdf"))["document"]!["id"]!.GetValue<string>();

        var document = await EvidenceGraph.WaitForExtractionAsync(host.Client, id, TimeSpan.FromMinutes(1));

        Assert.Equal(("FAILED", "WORKER_CRASHED"), (document["status"]!.GetValue<string>(), document["failure"]!["code"]!.GetValue<string>()));
        Assert.Contains("exit code", document["failure"]!["message"]!.GetValue<string>());
        await AssertServesWhileAsync(host, id, "FAILED");
    }

    /// <summary>Waits until the document shows <paramref name="status"/>, then checks the server still answers other requests.</summary>
    private static async Task AssertServesWhileAsync(EvidenceHost host, string id, string status)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while ((await EvidenceGraph.WaitForExtractionAsync(host.Client, id, TimeSpan.Zero))["status"]!.GetValue<string>() != status)
        {
            Assert.True(DateTime.UtcNow < until, $"the document never reached {status}");
            await Task.Delay(100);
        }

        for (var i = 0; i < 3; i++)
        {
            var response = await host.Client.PostAsync("{ vendors(first: 5) { totalCount } }");
            Assert.True(response.StatusCode == 200 && response.Errors is null, response.ToString());
        }
    }
}
