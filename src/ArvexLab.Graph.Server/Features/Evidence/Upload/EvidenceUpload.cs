using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.GraphQL.Upload;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Configurations;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Audit;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Features.Evidence.Live;
using ArvexLab.Graph.Server.Features.Evidence.Storage;
using ArvexLab.Graph.Server.Graph;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Evidence.Upload;

/// <summary>What the uploader sent, already read from the GraphQL input.</summary>
public sealed record UploadRequest(string VendorId, UploadedFile File, EvidenceKind? KindHint, IReadOnlyList<string>? CoversServices, string Actor);

/// <summary>
/// Stores an uploaded PDF and queues its extraction: checks (vendor visible to the tenant, PDF by content, size),
/// the bytes into the content-addressed blob store, then the document, its job and the UPLOADED audit event in one
/// transaction, then QUEUED is published to live subscribers. The same bytes for the same vendor give back the existing
/// document with a DUPLICATE warning.
/// </summary>
public sealed class EvidenceUpload(IGraphDbContextFactory contexts, IBlobStore blobs, EvidenceUploadSettings settings, EvidenceStatusNotifier statusNotifier, ExtractionWakeUp wakeUp)
{
    public async Task<EvidenceMutationPayload> UploadAsync(UploadRequest request, CancellationToken cancellationToken)
    {
        var services = Clean(request.CoversServices);
        if (Check(request, services) is { } invalid)
        {
            return EvidenceMutationPayload.Failed(invalid);
        }

        await using var db = contexts.Create();
        var vendorId = GlobalId.TryDecode(request.VendorId, out var type, out var key) && type == "Vendor" ? key : 0;
        // The tenant filter makes another organization's vendor invisible here, exactly like a missing one.
        var vendor = await db.Vendors.AsNoTracking().Where(v => v.Id == vendorId).Select(v => new { v.Id }).FirstOrDefaultAsync(cancellationToken);
        if (vendor is null)
        {
            return EvidenceMutationPayload.Failed(new UserError(EvidenceUploadErrors.VendorNotFound, "No vendor has this ID.", "vendorId"));
        }

        BlobInfo blob;
        await using (var content = request.File.OpenRead())
        {
            blob = await blobs.PutAsync(content, cancellationToken);
        }

        if (await FindAsync(db, vendor.Id, blob.Sha256, cancellationToken) is { } existing)
        {
            return Duplicate(existing);
        }

        var now = DateTimeOffset.UtcNow;
        var document = new EvidenceDocument
        {
            VendorId = vendor.Id,
            Kind = request.KindHint ?? EvidenceKind.Other,
            Title = Title(request.File.FileName),
            FileName = Cut(request.File.FileName, Lengths.FileName),
            Sha256 = blob.Sha256,
            SizeBytes = blob.SizeBytes,
            CoversServices = services,
            UploadedBy = request.Actor,
            UploadedAt = now,
            UpdatedAt = now,
        };
        try
        {
            // Write first: on SQLite a transaction that reads before writing can fail at once when another writer got in.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.EvidenceDocuments.Add(document);
            await ExtractionJobQueue.EnqueueAsync(db, document, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.Record(request.Actor, "UPLOADED", nameof(EvidenceDocument), document.Id, after: Snapshot(document), vendorId: vendor.Id, documentId: document.Id);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            // This node's idle worker claims the job now rather than at its next poll.
            wakeUp.JobQueued();
            // QUEUED reaches live subscribers (this node's at once, other nodes' through NOTIFY) without waiting for a poll.
            await statusNotifier.PublishAsync(document.Id);
            return EvidenceMutationPayload.Done(document);
        }
        catch (DbUpdateException)
        {
            // The same file for the same vendor arrived twice at once: the unique index let one in; this is the other.
            await using var fresh = contexts.Create();
            if (await FindAsync(fresh, vendor.Id, blob.Sha256, cancellationToken) is { } winner)
            {
                return Duplicate(winner);
            }

            throw;
        }
    }

    private UserError? Check(UploadRequest request, List<string> services)
    {
        if (request.File.Length > settings.MaxFileBytes)
        {
            return new UserError(EvidenceUploadErrors.FileTooLarge, $"The file has {request.File.Length} bytes; evidence files may have at most {settings.MaxFileBytes}.", "file");
        }

        if (!request.File.IsPdf())
        {
            return new UserError(EvidenceUploadErrors.NotAPdf, "The file is not a PDF (it does not start with %PDF-).", "file");
        }

        if (services.Count > EvidenceUploadErrors.MaxServices || services.Any(s => s.Length > EvidenceUploadErrors.MaxServiceLength))
        {
            return new UserError(UserErrorCodes.Validation,
                $"At most {EvidenceUploadErrors.MaxServices} services of at most {EvidenceUploadErrors.MaxServiceLength} characters each.", "coversServices");
        }

        return null;
    }

    private static Task<EvidenceDocument?> FindAsync(GraphDbContext db, long vendorId, string sha256, CancellationToken cancellationToken) =>
        db.EvidenceDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.VendorId == vendorId && d.Sha256 == sha256, cancellationToken);

    private static EvidenceMutationPayload Duplicate(EvidenceDocument existing) => EvidenceMutationPayload.Done(existing,
        new EvidenceWarning(EvidenceUploadErrors.Duplicate, $"This file was already uploaded for this vendor as \"{existing.FileName}\"; the existing document is returned."));

    private static List<string> Clean(IEnumerable<string>? items) =>
        (items ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Title(string fileName)
    {
        var title = Path.GetFileNameWithoutExtension(fileName).Trim();
        return title.Length == 0 ? "Untitled evidence" : Cut(title, Lengths.Name);
    }

    private static string Cut(string text, int length) => text.Length > length ? text[..length] : text;

    internal static object Snapshot(EvidenceDocument d) => new
    {
        d.FileName,
        d.Sha256,
        d.SizeBytes,
        Kind = d.Kind.ToString(),
        d.CoversServices,
        Status = d.Status.ToString(),
    };
}
