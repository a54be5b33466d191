using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Renewal;

/// <summary>A document that crossed an expiry threshold, as recorded (once) by the renewal check.</summary>
public sealed record EvidenceExpiryNotification(
    long OrganizationId,
    long VendorId,
    long DocumentId,
    EvidenceKind Kind,
    DateOnly ExpiresOn,
    int ThresholdDays,
    int DaysRemaining);

/// <summary>
/// Told about each expiry notice after it is committed, e.g. to send a partner webhook. Called at most once per
/// notice: a failure is logged, not retried, so an implementation that must deliver should queue durably itself
/// (the notices and their EVIDENCE_EXPIRING audit events stay in the database to reconcile from).
/// </summary>
public interface IEvidenceExpiryNotifier
{
    Task NotifyAsync(EvidenceExpiryNotification notification, CancellationToken cancellationToken);
}

/// <summary>The default: notices are only recorded.</summary>
public sealed class NoEvidenceExpiryNotifier : IEvidenceExpiryNotifier
{
    public Task NotifyAsync(EvidenceExpiryNotification notification, CancellationToken cancellationToken) => Task.CompletedTask;
}
