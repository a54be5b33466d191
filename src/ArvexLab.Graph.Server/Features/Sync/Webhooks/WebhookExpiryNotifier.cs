using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Features.Renewal;

namespace ArvexLab.Graph.Server.Features.Sync.Webhooks;

/// <summary>
/// Sends the renewal check's expiry notices to partners: an <c>EVIDENCE_EXPIRING</c> delivery for each enabled
/// subscription of the organization that asked for it, queued in the outbox in the notice's own transaction, so a
/// notice and its deliveries exist together, once.
/// </summary>
public sealed class WebhookExpiryNotifier : IEvidenceExpiryNotifier
{
    public Task NotifyAsync(GraphDbContext db, EvidenceExpiryNotification notification, CancellationToken cancellationToken)
        => PostureEvents.EvidenceExpiringAsync(db, notification, cancellationToken);
}
