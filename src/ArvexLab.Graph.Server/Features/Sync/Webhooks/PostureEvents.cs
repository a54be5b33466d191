using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Sync.Webhooks;

/// <summary>
/// The posture events other features publish, with their payloads in one place. Each adds outbox rows to
/// the context; they commit with the caller's next SaveChanges.
/// </summary>
public static class PostureEvents
{
    private static readonly WebhookOutbox Outbox = new();

    /// <summary>Extraction finished: the document's findings are ready for review.</summary>
    public static Task EvidenceExtractedAsync(GraphDbContext db, EvidenceDocument document, bool reextraction, CancellationToken cancellationToken)
        => Outbox.PublishAsync(db, document.OrganizationId, WebhookEvents.EvidenceExtracted, new
        {
            documentId = GlobalId.Encode(nameof(EvidenceDocument), document.Id),
            vendorId = GlobalId.Encode(nameof(Vendor), document.VendorId),
            kind = document.Kind.ToString(),
            reextraction,
        }, cancellationToken);

    /// <summary>The document's validity (or SOC period) ends on <paramref name="endsOn"/>, soon.</summary>
    public static Task EvidenceExpiringAsync(GraphDbContext db, EvidenceDocument document, DateOnly endsOn, CancellationToken cancellationToken)
        => Outbox.PublishAsync(db, document.OrganizationId, WebhookEvents.EvidenceExpiring, new
        {
            documentId = GlobalId.Encode(nameof(EvidenceDocument), document.Id),
            vendorId = GlobalId.Encode(nameof(Vendor), document.VendorId),
            kind = document.Kind.ToString(),
            endsOn,
        }, cancellationToken);
}
