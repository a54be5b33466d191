using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>
/// The worker's poll is set to ten minutes, far beyond the test's deadlines: a job that is extracted within them was
/// claimed because the upload or re-extract woke the worker, not because a poll came round.
/// </summary>
public abstract class ExtractionWakeUpTests(TestDatabase database)
{
    private const string PollSeconds = "600";
    // Well under the shortest jittered poll (0.75 × 600 s), generous for a loaded machine.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    [DataFact]
    public async Task An_upload_and_a_reextract_wake_the_idle_worker_of_the_same_node_long_before_its_poll()
    {
        var settings = EvidenceHost.Workers(1, PipelineTestKit.ToolPath("fake-extract.sh"));
        settings["Extraction:PollIntervalSeconds"] = PollSeconds;
        // Poll mode on PostgreSQL too: no NOTIFY, so only the in-process signal can wake the worker.
        settings["Evidence:Live:Mode"] = "Poll";
        await using var host = await EvidenceHost.StartAsync(database, settings);
        var vendorId = await EvidenceGraph.CreateVendorAsync(host.Client, "Wake Co");

        var id = await UploadAsync(host.Client, vendorId);
        await AssertExtractedAsync(host.Client, id);

        // The worker went back to waiting after the upload's job: the re-extract must wake it again.
        var version = (await host.Client.DataAsync("query($id: ID!) { evidenceDocument(id: $id) { version } }", new { id }))["evidenceDocument"]!["version"]!.GetValue<int>();
        var requeued = (await host.Client.DataAsync("""
            mutation($id: ID!, $v: Int!) { reextractEvidence(input: { id: $id, version: $v }) { document { status } errors { code } } }
            """, new { id, v = version }))["reextractEvidence"]!;
        Assert.Equal("QUEUED", requeued["document"]!["status"]!.GetValue<string>());
        await AssertExtractedAsync(host.Client, id);

        await using var db = database.CreateSystemContext();
        var documentId = GlobalId.Decode(id, nameof(EvidenceDocument));
        var jobs = await db.ExtractionJobs.AsNoTracking().Where(j => j.DocumentId == documentId).Select(j => new { j.Status, j.Attempts }).ToListAsync();
        Assert.Equal(2, jobs.Count);
        Assert.All(jobs, j => Assert.Equal((ExtractionJobStatus.Succeeded, 1), (j.Status, j.Attempts)));
    }

    internal static async Task<string> UploadAsync(GraphClient client, string vendorId)
    {
        var pdf = System.Text.Encoding.UTF8.GetBytes("%PDF-1.7 wake-up test " + Guid.NewGuid().ToString("N"));
        var payload = EvidenceGraph.Payload(await EvidenceGraph.UploadBytesAsync(client, vendorId, pdf, "wake.pdf"));
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["document"]!["id"]!.GetValue<string>();
    }

    internal static async Task AssertExtractedAsync(GraphClient client, string id)
    {
        var document = await EvidenceGraph.WaitForExtractionAsync(client, id, Deadline);
        Assert.True(document["status"]!.GetValue<string>() == "EXTRACTED", $"Not extracted within {Deadline} (poll {PollSeconds} s): {document.ToJsonString()}");
    }
}

public sealed class SqliteExtractionWakeUpTests(SqliteTestDatabase database) : ExtractionWakeUpTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresExtractionWakeUpTests(PostgresTestDatabase database) : ExtractionWakeUpTests(database), IClassFixture<PostgresTestDatabase>;

/// <summary>
/// On PostgreSQL the upload's NOTIFY reaches every node: a node without the upload but with an idle worker (polling
/// every ten minutes) claims the job at once.
/// </summary>
public sealed class CrossNodeExtractionWakeUpTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [DataFact]
    public async Task An_upload_on_one_node_wakes_the_idle_worker_of_another_node_through_NOTIFY()
    {
        var blobs = Directory.CreateTempSubdirectory("arvex-wake-blobs-");
        try
        {
            await using var uploadNode = await EvidenceHost.StartAsync(database, dataDirectory: blobs.FullName);
            var settings = EvidenceHost.Workers(1, PipelineTestKit.ToolPath("fake-extract.sh"));
            settings["Extraction:PollIntervalSeconds"] = "600";
            await using var workerNode = await EvidenceHost.StartAsync(database, settings, uploadNode.OrganizationId, blobs.FullName);

            var id = await ExtractionWakeUpTests.UploadAsync(uploadNode.Client, await EvidenceGraph.CreateVendorAsync(uploadNode.Client, "Far Co"));

            await ExtractionWakeUpTests.AssertExtractedAsync(uploadNode.Client, id);
        }
        finally
        {
            blobs.Delete(recursive: true);
        }
    }
}
