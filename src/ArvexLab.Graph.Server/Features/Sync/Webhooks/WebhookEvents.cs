namespace ArvexLab.Graph.Server.Features.Sync.Webhooks;

/// <summary>Posture events a subscription can ask for, besides change feed entries (event type <c>CHANGE</c>).</summary>
public static class WebhookEvents
{
    public const string Change = "CHANGE";
    /// <summary>A document's expiry date or period end is near (published by the expiry check).</summary>
    public const string EvidenceExpiring = "EVIDENCE_EXPIRING";
    /// <summary>Extraction of a document finished and its findings are ready for review.</summary>
    public const string EvidenceExtracted = "EVIDENCE_EXTRACTED";

    public static readonly IReadOnlyList<string> Posture = [EvidenceExpiring, EvidenceExtracted];
}

/// <summary>
/// Publishes a posture event into the webhook outbox of the given context: the rows are added to it, so they commit
/// (or not) with the caller's own <c>SaveChanges</c> — call it before saving, in the transaction of the event.
/// </summary>
public interface IWebhookEventPublisher
{
    /// <param name="eventType">One of <see cref="WebhookEvents.Posture"/>.</param>
    /// <param name="data">The event's data object, serialized as the body's <c>data</c> (use global IDs, not database keys).</param>
    Task PublishAsync(Data.GraphDbContext db, long organizationId, string eventType, object data, CancellationToken cancellationToken);
}
