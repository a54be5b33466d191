using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Renewal;

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

    /// <summary>
    /// The renewal check recorded an expiry notice: the document's evidence runs out on <c>expiresOn</c>, within
    /// <c>thresholdDays</c> (0: on or past the day). One event per document, threshold and expiry date.
    /// </summary>
    public static Task EvidenceExpiringAsync(GraphDbContext db, EvidenceExpiryNotification notice, CancellationToken cancellationToken)
        => Outbox.PublishAsync(db, notice.OrganizationId, WebhookEvents.EvidenceExpiring, new
        {
            documentId = GlobalId.Encode(nameof(EvidenceDocument), notice.DocumentId),
            vendorId = GlobalId.Encode(nameof(Vendor), notice.VendorId),
            kind = notice.Kind.ToString(),
            expiresOn = notice.ExpiresOn,
            basis = notice.Basis == ExpiryBasis.CertificateExpiry ? "CERTIFICATE_EXPIRY" : "REPORT_PERIOD_END_PLUS_12_MONTHS",
            thresholdDays = notice.ThresholdDays,
            daysRemaining = notice.DaysRemaining,
            expired = notice.DaysRemaining < 0,
        }, cancellationToken);
}
