using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Renewal;

/// <summary>A document that crossed an expiry threshold, as recorded (once) by the renewal check.</summary>
public sealed record EvidenceExpiryNotification(
    long OrganizationId,
    long VendorId,
    long DocumentId,
    EvidenceKind Kind,
    DateOnly ExpiresOn,
    ExpiryBasis Basis,
    int ThresholdDays,
    int DaysRemaining);

/// <summary>
/// Told about each expiry notice inside the transaction that records it, before it commits: whatever it adds to
/// <c>db</c> (e.g. webhook outbox rows) commits with the notice or not at all. A pass that loses the race for a
/// notice to another node rolls back, so what the notifier added exists exactly once per notice.
/// </summary>
public interface IEvidenceExpiryNotifier
{
    Task NotifyAsync(GraphDbContext db, EvidenceExpiryNotification notification, CancellationToken cancellationToken);
}

/// <summary>The default: notices are only recorded.</summary>
public sealed class NoEvidenceExpiryNotifier : IEvidenceExpiryNotifier
{
    public Task NotifyAsync(GraphDbContext db, EvidenceExpiryNotification notification, CancellationToken cancellationToken) => Task.CompletedTask;
}
