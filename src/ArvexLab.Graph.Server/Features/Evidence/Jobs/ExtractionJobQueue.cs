using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Tenancy;
using ArvexLab.Graph.Server.Features.Evidence.Live;
using ArvexLab.Graph.Server.Features.Sync.Changes;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

/// <summary>
/// The durable queue of extraction jobs: rows in the database, claimed with a lease (owner + expiry). A job is due
/// when queued and past its backoff, or when running under a lease that expired (its worker crashed or was killed).
/// Every change a worker makes to a job is conditional on still holding the lease. A lease held by a worker process
/// of this host that is gone ends at the next claim (<see cref="DeadWorkerLeases"/>).
/// </summary>
public sealed class ExtractionJobQueue(
    GraphDbContextActivator activator,
    ExtractionSettings settings,
    TimeProvider clock,
    EvidenceStatusNotifier? statusNotifier = null,
    ILogger<ExtractionJobQueue>? logger = null)
{
    /// <summary>
    /// Queues extraction of a document in the caller's unit of work (upload, re-extract): no second job while one is
    /// queued or running. The document shows QUEUED once the caller saves.
    /// </summary>
    public static async Task<ExtractionJob> EnqueueAsync(GraphDbContext db, EvidenceDocument document, CancellationToken cancellationToken = default)
    {
        var active = document.Id == 0 ? null : await db.ExtractionJobs.FirstOrDefaultAsync(
            j => j.DocumentId == document.Id && (j.Status == ExtractionJobStatus.Queued || j.Status == ExtractionJobStatus.Running), cancellationToken);
        if (active is not null)
        {
            return active;
        }

        var job = new ExtractionJob { OrganizationId = document.OrganizationId, Document = document, Status = ExtractionJobStatus.Queued, NotBefore = DateTimeOffset.UtcNow };
        db.ExtractionJobs.Add(job);
        document.Status = EvidenceStatus.Queued;
        document.FailureCode = null;
        document.FailureMessage = null;
        return job;
    }

    /// <summary>Claims the next due job for <paramref name="owner"/>, or null when none is due.</summary>
    public async Task<ClaimedJob?> ClaimAsync(string owner, CancellationToken cancellationToken)
    {
        await using var db = activator.Create(SystemTenantContext.Instance);
        var now = clock.GetUtcNow();
        var leaseExpiresAt = now + settings.LeaseDuration;
        if (settings.RecoverDeadLocalWorkers && WorkerProcess.Current is { } self)
        {
            foreach (var (jobId, deadOwner) in await DeadWorkerLeases.EndAsync(db, self, now, cancellationToken))
            {
                logger?.LogWarning("Extraction job {JobId}: its worker {Owner} is no longer running on this host; its lease ended", jobId, deadOwner);
            }
        }

        var id = activator.Settings.Provider == DatabaseProvider.Postgres
            ? await PostgresJobClaimSql.ClaimAsync(db, owner, now, leaseExpiresAt, cancellationToken)
            : await ClaimByConditionalUpdateAsync(db, owner, now, leaseExpiresAt, cancellationToken);
        if (id is null)
        {
            return null;
        }

        return await db.ExtractionJobs.AsNoTracking()
            .Where(j => j.Id == id && j.LeaseOwner == owner)
            .Select(j => new ClaimedJob(j.Id, j.OrganizationId, j.DocumentId, j.Attempts, owner, j.LastErrorCode, j.LastErrorMessage))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Records that the lease holder is still at work, inside the caller's transaction; false when the lease was lost.</summary>
    public static async Task<bool> TouchAsync(GraphDbContext db, ClaimedJob job, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Owned(db, job).ExecuteUpdateAsync(s => s.SetProperty(j => j.UpdatedAt, now), cancellationToken) == 1;

    /// <summary>Marks the job done, inside the caller's transaction; false when the lease was lost meanwhile.</summary>
    public static async Task<bool> CompleteAsync(GraphDbContext db, ClaimedJob job, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Owned(db, job).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, ExtractionJobStatus.Succeeded)
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null)
            .SetProperty(j => j.CompletedAt, now)
            .SetProperty(j => j.UpdatedAt, now), cancellationToken) == 1;

    /// <summary>
    /// Records a failed attempt: queued again after the backoff while it is retryable and attempts remain, else the job
    /// and its document end FAILED(code, message). The document's status follows in the same transaction.
    /// </summary>
    public async Task FailAsync(ClaimedJob job, ExtractionFailure failure, CancellationToken cancellationToken)
    {
        await using var db = activator.Create(new OrganizationTenantContext(job.OrganizationId));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var final = !failure.Retryable || job.Attempts >= settings.MaxAttempts;
        var message = Cut(failure.Message);
        var changed = await Owned(db, job).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, final ? ExtractionJobStatus.Failed : ExtractionJobStatus.Queued)
            .SetProperty(j => j.NotBefore, final ? now : now + settings.BackoffAfter(job.Attempts))
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null)
            .SetProperty(j => j.LastErrorCode, failure.Code)
            .SetProperty(j => j.LastErrorMessage, message)
            .SetProperty(j => j.CompletedAt, final ? now : null)
            .SetProperty(j => j.UpdatedAt, now), cancellationToken);
        if (changed == 1)
        {
            await SetDocumentStatusAsync(db, job.DocumentId, final ? EvidenceStatus.Failed : EvidenceStatus.Queued,
                final ? failure.Code : null, final ? message : null, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await (statusNotifier?.PublishAsync(job.DocumentId) ?? Task.CompletedTask);
        }
    }

    /// <summary>Gives a job back untouched (the server is stopping): due again at once, and this claim does not count.</summary>
    public async Task ReleaseAsync(ClaimedJob job)
    {
        await using var db = activator.Create(new OrganizationTenantContext(job.OrganizationId));
        var now = clock.GetUtcNow();
        await Owned(db, job).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, ExtractionJobStatus.Queued)
            .SetProperty(j => j.Attempts, j => j.Attempts - 1)
            .SetProperty(j => j.NotBefore, now)
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null)
            .SetProperty(j => j.UpdatedAt, now));
        await SetDocumentStatusAsync(db, job.DocumentId, EvidenceStatus.Queued, null, null, now, CancellationToken.None);
        await (statusNotifier?.PublishAsync(job.DocumentId) ?? Task.CompletedTask);
    }

    /// <summary>
    /// Status changes bypass the document's version: they must never conflict with a reviewer's edit. They bypass
    /// SaveChanges too, so the change feed is told here, in the same transaction.
    /// </summary>
    public static async Task SetDocumentStatusAsync(GraphDbContext db, long documentId, EvidenceStatus status, string? code, string? message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.EvidenceDocuments.Where(d => d.Id == documentId).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, status)
            .SetProperty(d => d.FailureCode, code)
            .SetProperty(d => d.FailureMessage, message)
            .SetProperty(d => d.UpdatedAt, now), cancellationToken);
        await ChangeFeed.RecordUpdatedAsync<EvidenceDocument>(db, documentId, cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }
    }

    // SQLite serializes writers, so "update the candidate only if it is still due" is an atomic claim; losing the race
    // to another worker just means trying the next candidate.
    private static async Task<long?> ClaimByConditionalUpdateAsync(GraphDbContext db, string owner, DateTimeOffset now, DateTimeOffset leaseExpiresAt, CancellationToken cancellationToken)
    {
        for (var round = 0; round < 5; round++)
        {
            var candidate = await Due(db.ExtractionJobs, now).OrderBy(j => j.NotBefore).ThenBy(j => j.Id).Select(j => (long?)j.Id).FirstOrDefaultAsync(cancellationToken);
            if (candidate is null)
            {
                return null;
            }

            var claimed = await Due(db.ExtractionJobs.Where(j => j.Id == candidate), now).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, ExtractionJobStatus.Running)
                .SetProperty(j => j.LeaseOwner, owner)
                .SetProperty(j => j.LeaseExpiresAt, leaseExpiresAt)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                .SetProperty(j => j.UpdatedAt, now), cancellationToken);
            if (claimed == 1)
            {
                return candidate;
            }
        }

        return null;
    }

    private static IQueryable<ExtractionJob> Due(IQueryable<ExtractionJob> jobs, DateTimeOffset now) =>
        jobs.Where(j => (j.Status == ExtractionJobStatus.Queued && j.NotBefore <= now)
            || (j.Status == ExtractionJobStatus.Running && j.LeaseExpiresAt < now));

    private static IQueryable<ExtractionJob> Owned(GraphDbContext db, ClaimedJob job) =>
        db.ExtractionJobs.Where(j => j.Id == job.Id && j.LeaseOwner == job.LeaseOwner && j.Status == ExtractionJobStatus.Running);

    private static string Cut(string message) => message.Length > 1000 ? message[..1000] : message;
}
