using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Audit;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Features.Evidence.Live;
using ArvexLab.Graph.Server.Graph;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Evidence.Upload;

/// <summary>
/// Queues a document's extraction again (after a failure, or with a newer extractor). Human decisions survive: the
/// importer keeps confirmed and corrected findings and only replaces pending ones. Takes the document's version, so a
/// reviewer acting on a stale view gets CONFLICT and nothing is queued.
/// </summary>
public sealed class EvidenceReextraction(IGraphDbContextFactory contexts, EvidenceStatusNotifier statusNotifier, ExtractionWakeUp wakeUp)
{
    public async Task<EvidenceMutationPayload> ReextractAsync(string id, int version, string actor, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var documentId = GlobalId.TryDecode(id, out var type, out var key) && type == nameof(EvidenceDocument) ? key : 0;
        var document = await db.EvidenceDocuments.FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null)
        {
            return EvidenceMutationPayload.Failed(new UserError(UserErrorCodes.NotFound, "No evidence document has this ID.", "id"));
        }

        if (document.Version != version)
        {
            return EvidenceMutationPayload.Failed(Conflict(), document);
        }

        if (document.Status is EvidenceStatus.Queued or EvidenceStatus.Extracting)
        {
            return EvidenceMutationPayload.Done(document,
                new EvidenceWarning(EvidenceUploadErrors.AlreadyQueued, "The document is already waiting for or in extraction; nothing was added."));
        }

        var before = EvidenceUpload.Snapshot(document);
        db.Entry(document).Property(d => d.Version).OriginalValue = version;
        try
        {
            // One SaveChanges: the version-checked document update, the job and the audit event commit together.
            await ExtractionJobQueue.EnqueueAsync(db, document, cancellationToken);
            document.UpdatedAt = DateTimeOffset.UtcNow;
            db.Record(actor, "REEXTRACTION_REQUESTED", nameof(EvidenceDocument), document.Id, before, EvidenceUpload.Snapshot(document),
                vendorId: document.VendorId, documentId: document.Id);
            await db.SaveChangesAsync(cancellationToken);
            wakeUp.JobQueued();
            // Subscribers watching a finished document hear QUEUED at once, not at the next poll.
            await statusNotifier.PublishAsync(document.Id);
            return EvidenceMutationPayload.Done(document);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = contexts.Create();
            var current = await fresh.EvidenceDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == document.Id, cancellationToken);
            return EvidenceMutationPayload.Failed(Conflict(), current);
        }
    }

    private static UserError Conflict() => new(UserErrorCodes.Conflict,
        "The document was changed by someone else; reload it and try again.", "version");
}
