using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>
/// A server killed in the middle of an extraction: its claim (lease) stays in the database with nobody behind it. A
/// server started afterwards finds the expired lease and completes the job. The killed node is played by a claim made
/// through the queue and never finished; the restarted server runs on a clock past that lease instead of waiting it out.
/// </summary>
public sealed class InterruptedExtractionTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [ExtractionToolFact]
    public async Task A_job_whose_server_died_mid_extraction_is_completed_by_the_next_server()
    {
        await using var uploader = await EvidenceHost.StartAsync(database);
        var vendorId = await EvidenceGraph.CreateVendorAsync(uploader.Client, "Interrupted Co");
        var id = EvidenceGraph.Payload(await EvidenceGraph.UploadFileAsync(uploader.Client, vendorId,
            Path.Combine(RepositoryRoot.RealCorpus, "rapidreconciler_soc2_bridge_letter.pdf")))["document"]!["id"]!.GetValue<string>();
        var documentId = GlobalId.Decode(id, "EvidenceDocument");

        var lease = new ExtractionSettings().LeaseDuration;
        var killedNode = new ExtractionJobQueue(database.Activator, new ExtractionSettings(), TimeProvider.System);
        var claim = await killedNode.ClaimAsync("killed-node#1", CancellationToken.None);
        Assert.Equal(documentId, claim!.DocumentId);
        await using (var db = database.CreateContext(TestTenant.Of(uploader.OrganizationId)))
        {
            await ExtractionJobQueue.SetDocumentStatusAsync(db, documentId, EvidenceStatus.Extracting, null, null, DateTimeOffset.UtcNow, CancellationToken.None);
        }

        Assert.Equal("EXTRACTING", (await EvidenceGraph.WaitForExtractionAsync(uploader.Client, id, TimeSpan.Zero))["status"]!.GetValue<string>());

        var later = new ManualClock(DateTimeOffset.UtcNow + lease + TimeSpan.FromMinutes(1));
        await using var restarted = await EvidenceHost.StartAsync(database, EvidenceHost.Workers(1), uploader.OrganizationId, clock: later);
        var document = await EvidenceGraph.WaitForExtractionAsync(uploader.Client, id, TimeSpan.FromMinutes(3), "status failure { code } kind fields(first: 20) { nodes { name value } }");

        Assert.Equal(("EXTRACTED", "BRIDGE_LETTER"), (document["status"]!.GetValue<string>(), document["kind"]!.GetValue<string>()));
        Assert.Contains(document["fields"]!["nodes"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "bridgeThroughDate");
        await using var check = database.CreateSystemContext();
        var job = await check.ExtractionJobs.SingleAsync(j => j.DocumentId == documentId);
        Assert.Equal((ExtractionJobStatus.Succeeded, 2), (job.Status, job.Attempts));
        Assert.Equal(1, await check.ReviewEvents.CountAsync(e => e.DocumentId == documentId && e.Action == "EXTRACTED"));
    }
}
