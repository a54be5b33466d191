using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence.Import;
using ArvexLab.Graph.Server.Features.Evidence.Live;
using ArvexLab.Graph.Server.Features.Evidence.Storage;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

/// <summary>
/// Does one claimed job: EXTRACTING, the blob to a private temp file, the tool in its own process, then the import
/// and the job's completion in one transaction, or the failure recorded (retry or FAILED).
/// </summary>
public sealed class ExtractionJobProcessor(
    GraphDbContextActivator activator,
    ExtractionJobQueue queue,
    IBlobStore blobs,
    ExtractionProcessRunner runner,
    ExtractionSettings settings,
    TimeProvider clock,
    ILogger<ExtractionJobProcessor> logger,
    EvidenceStatusNotifier? statusNotifier = null)
{
    private const int ImportTries = 3;

    public async Task ProcessAsync(ClaimedJob job, CancellationToken cancellationToken)
    {
        if (job.Attempts > settings.MaxAttempts)
        {
            // Claimed again after its worker vanished mid-run, too often: the file itself is the likely cause.
            await queue.FailAsync(job, new ExtractionFailure(job.LastErrorCode ?? ExtractionFailure.WorkerCrashed,
                job.LastErrorMessage ?? "The worker running this extraction stopped before finishing, too many times.", Retryable: false), cancellationToken);
            return;
        }

        var failure = await TryProcessAsync(job, cancellationToken);
        if (failure is not null)
        {
            logger.LogWarning("Extraction job {Job} (document {Document}) attempt {Attempt} failed: {Code} {Message}",
                job.Id, job.DocumentId, job.Attempts, failure.Code, failure.Message);
            await queue.FailAsync(job, failure, cancellationToken);
        }
    }

    private async Task<ExtractionFailure?> TryProcessAsync(ClaimedJob job, CancellationToken cancellationToken)
    {
        string sha256;
        await using (var db = activator.Create(new OrganizationTenantContext(job.OrganizationId)))
        {
            sha256 = await db.EvidenceDocuments.Where(d => d.Id == job.DocumentId).Select(d => d.Sha256).SingleAsync(cancellationToken);
            await ExtractionJobQueue.SetDocumentStatusAsync(db, job.DocumentId, EvidenceStatus.Extracting, null, null, clock.GetUtcNow(), cancellationToken);
        }

        await (statusNotifier?.PublishAsync(job.DocumentId) ?? Task.CompletedTask);

        var folder = Directory.CreateTempSubdirectory("arvex-extract-");
        try
        {
            var pdf = Path.Combine(folder.FullName, "input.pdf");
            try
            {
                await using var source = await blobs.OpenReadAsync(sha256, cancellationToken);
                await using var target = File.Create(pdf);
                await source.CopyToAsync(target, cancellationToken);
            }
            catch (BlobIntegrityException e)
            {
                File.Delete(pdf);
                return new ExtractionFailure(ExtractionFailure.BlobUnavailable, e.Message, Retryable: false);
            }

            var run = await runner.RunAsync(pdf, cancellationToken);
            return run.Output is { } output ? await ImportAsync(job, output, cancellationToken) : run.Failure;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<ExtractionFailure?> ImportAsync(ClaimedJob job, ExtractionOutput output, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = activator.Create(new OrganizationTenantContext(job.OrganizationId));
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                // Write first: on SQLite this takes the write lock before the importer reads, so an upload committing
                // meanwhile cannot invalidate the transaction's snapshot ("database is locked" at the first write).
                if (!await ExtractionJobQueue.TouchAsync(db, job, clock.GetUtcNow(), cancellationToken))
                {
                    await transaction.RollbackAsync(cancellationToken);
                    logger.LogWarning("Extraction job {Job} lost its lease before importing; result discarded", job.Id);
                    return null;
                }

                var summary = await ExtractionImporter.ImportAsync(db, job.DocumentId, output, cancellationToken);
                if (!await ExtractionJobQueue.CompleteAsync(db, job, clock.GetUtcNow(), cancellationToken))
                {
                    // Another worker took the job over after our lease ran out; its result is the one that counts.
                    await transaction.RollbackAsync(cancellationToken);
                    logger.LogWarning("Extraction job {Job} lost its lease before completing; result discarded", job.Id);
                    return null;
                }

                await transaction.CommitAsync(cancellationToken);
                await (statusNotifier?.PublishAsync(job.DocumentId) ?? Task.CompletedTask);
                logger.LogInformation("Extraction job {Job} imported document {Document}: {Summary}", job.Id, job.DocumentId, summary);
                return null;
            }
            catch (DbUpdateConcurrencyException) when (attempt < ImportTries)
            {
                // A reviewer decided on a pending item meanwhile: read again, their decision now wins.
                await transaction.RollbackAsync(cancellationToken);
            }
            catch (DbUpdateException e)
            {
                return new ExtractionFailure(ExtractionFailure.ImportFailed, e.InnerException?.Message ?? e.Message, Retryable: true);
            }
        }
    }
}
