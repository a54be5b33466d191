using System.Collections.Concurrent;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Evidence;

public abstract class ExtractionJobQueueTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [DataFact]
    public async Task Concurrent_workers_claim_each_job_exactly_once()
    {
        using var kit = new PipelineTestKit(database);
        await kit.CloseOtherJobsAsync();
        var (_, documents) = await kit.SeedQueuedDocumentsAsync(20);
        var claims = new ConcurrentBag<(string Owner, long DocumentId)>();

        async Task Drain(string owner)
        {
            while (await kit.Queue.ClaimAsync(owner, CancellationToken.None) is { } job)
            {
                claims.Add((owner, job.DocumentId));
            }
        }

        await Task.WhenAll(Enumerable.Range(1, 4).Select(n => Task.Run(() => Drain($"worker-{n}"))));

        Assert.Equal(documents.Order(), claims.Select(c => c.DocumentId).Order());
        await using var db = database.CreateSystemContext();
        var jobs = await db.ExtractionJobs.Where(j => documents.Contains(j.DocumentId)).ToListAsync();
        Assert.All(jobs, j => Assert.Equal((ExtractionJobStatus.Running, 1), (j.Status, j.Attempts)));
        Assert.All(jobs, j => Assert.Equal(claims.Single(c => c.DocumentId == j.DocumentId).Owner, j.LeaseOwner));
    }

    [DataFact]
    public async Task A_job_whose_lease_expired_is_claimed_again_and_the_old_owner_can_no_longer_complete_it()
    {
        using var kit = new PipelineTestKit(database);
        await kit.CloseOtherJobsAsync();
        var (_, documents) = await kit.SeedQueuedDocumentsAsync(1);

        var first = await kit.Queue.ClaimAsync("crashed-node", CancellationToken.None);
        Assert.Equal(documents[0], first!.DocumentId);
        Assert.Null(await kit.Queue.ClaimAsync("other-node", CancellationToken.None));

        kit.Clock.Advance(kit.Settings.LeaseDuration + TimeSpan.FromSeconds(1));
        var second = await kit.Queue.ClaimAsync("other-node", CancellationToken.None);

        Assert.Equal((first.Id, 2), (second!.Id, second.Attempts));
        await using var db = database.CreateContext(new OrganizationTenantContext(first.OrganizationId));
        Assert.False(await ExtractionJobQueue.CompleteAsync(db, first, kit.Clock.GetUtcNow(), CancellationToken.None));
        Assert.True(await ExtractionJobQueue.CompleteAsync(db, second, kit.Clock.GetUtcNow(), CancellationToken.None));
    }

    [DataFact]
    public async Task A_worker_extracts_a_queued_document_through_the_tool_process_and_imports_its_findings()
    {
        using var kit = new PipelineTestKit(database);
        await kit.CloseOtherJobsAsync();
        var (organization, documents) = await kit.SeedQueuedDocumentsAsync(1);

        Assert.True(await kit.Worker.RunOnceAsync("worker-1", CancellationToken.None));

        await using var db = database.CreateContext(TestTenant.Of(organization));
        var document = await db.EvidenceDocuments.Include(d => d.Controls).Include(d => d.Exceptions).SingleAsync(d => d.Id == documents[0]);
        Assert.Equal((EvidenceStatus.Extracted, EvidenceKind.Soc2TypeII, 42), (document.Status, document.Kind, document.PageCount));
        Assert.Equal(new DateOnly(2025, 9, 30), document.PeriodEnd);
        Assert.Equal(3, document.Controls.Count);
        Assert.Equal("CC6.1", Assert.Single(document.Exceptions).Control!.Ref);
        var job = await db.ExtractionJobs.SingleAsync(j => j.DocumentId == document.Id);
        Assert.Equal((ExtractionJobStatus.Succeeded, null), (job.Status, job.LeaseOwner));
        Assert.False(await kit.Worker.RunOnceAsync("worker-1", CancellationToken.None));
    }

    [DataFact]
    public async Task A_crashing_extraction_is_retried_with_growing_backoff_then_ends_FAILED()
    {
        using var kit = new PipelineTestKit(database, "crash-extract.sh",
            new ExtractionSettings { MaxAttempts = 3, RetryBackoff = TimeSpan.FromSeconds(10), LeaseDuration = TimeSpan.FromMinutes(2), Timeout = TimeSpan.FromSeconds(20) });
        await kit.CloseOtherJobsAsync();
        var (organization, documents) = await kit.SeedQueuedDocumentsAsync(1);

        Assert.True(await kit.Worker.RunOnceAsync("w", CancellationToken.None));
        Assert.Equal((EvidenceStatus.Queued, 1), await StateAsync(organization, documents[0]));
        Assert.False(await kit.Worker.RunOnceAsync("w", CancellationToken.None)); // backing off
        kit.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.True(await kit.Worker.RunOnceAsync("w", CancellationToken.None));
        kit.Clock.Advance(TimeSpan.FromSeconds(19));
        Assert.False(await kit.Worker.RunOnceAsync("w", CancellationToken.None)); // the second wait is twice as long
        kit.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await kit.Worker.RunOnceAsync("w", CancellationToken.None));

        await using var db = database.CreateContext(TestTenant.Of(organization));
        var document = await db.EvidenceDocuments.SingleAsync(d => d.Id == documents[0]);
        Assert.Equal((EvidenceStatus.Failed, ExtractionFailure.WorkerCrashed), (document.Status, document.FailureCode));
        var job = await db.ExtractionJobs.SingleAsync(j => j.DocumentId == documents[0]);
        Assert.Equal((ExtractionJobStatus.Failed, 3), (job.Status, job.Attempts));
        kit.Clock.Advance(TimeSpan.FromHours(2));
        Assert.False(await kit.Worker.RunOnceAsync("w", CancellationToken.None));
    }

    [DataFact]
    public async Task An_input_the_tool_rejects_fails_at_once_with_its_code()
    {
        using var kit = new PipelineTestKit(database);
        await kit.CloseOtherJobsAsync();
        var (organization, documents) = await kit.SeedQueuedDocumentsAsync(1, content: "not a pdf at all");

        Assert.True(await kit.Worker.RunOnceAsync("w", CancellationToken.None));

        await using var db = database.CreateContext(TestTenant.Of(organization));
        var document = await db.EvidenceDocuments.SingleAsync(d => d.Id == documents[0]);
        Assert.Equal((EvidenceStatus.Failed, "NOT_A_PDF"), (document.Status, document.FailureCode));
        Assert.Equal(1, await db.ExtractionJobs.Where(j => j.DocumentId == documents[0]).Select(j => j.Attempts).SingleAsync());
    }

    [DataFact]
    public async Task Re_extraction_is_not_queued_twice_while_a_job_is_pending()
    {
        using var kit = new PipelineTestKit(database);
        var (organization, documents) = await kit.SeedQueuedDocumentsAsync(1);

        await using var db = database.CreateContext(TestTenant.Of(organization));
        var document = await db.EvidenceDocuments.SingleAsync(d => d.Id == documents[0]);
        await ExtractionJobQueue.EnqueueAsync(db, document);
        await db.SaveChangesAsync();

        Assert.Equal(1, await db.ExtractionJobs.CountAsync(j => j.DocumentId == document.Id));
    }

    private async Task<(EvidenceStatus, int)> StateAsync(long organization, long documentId)
    {
        await using var db = database.CreateContext(TestTenant.Of(organization));
        var status = await db.EvidenceDocuments.Where(d => d.Id == documentId).Select(d => d.Status).SingleAsync();
        var attempts = await db.ExtractionJobs.Where(j => j.DocumentId == documentId).Select(j => j.Attempts).SingleAsync();
        return (status, attempts);
    }
}

public sealed class SqliteExtractionJobQueueTests(SqliteTestDatabase database) : ExtractionJobQueueTests<SqliteTestDatabase>(database);

public sealed class PostgresExtractionJobQueueTests(PostgresTestDatabase database) : ExtractionJobQueueTests<PostgresTestDatabase>(database);
