namespace ArvexLab.Graph.Server.Data.Entities;

/// <summary>An endpoint of a partner that wants change and posture events pushed to it.</summary>
public class WebhookSubscription : ITenantOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    /// <summary>The partner client (OpenIddict client_id) the subscription belongs to; null for the organization's own.</summary>
    public string? PartnerClientId { get; set; }
    public required string Url { get; set; }
    /// <summary>The HMAC-SHA256 signing key; shown to the admin once, when the subscription is created.</summary>
    public required string Secret { get; set; }
    /// <summary>Change feed entity types (SCREAMING_CASE names of <see cref="ChangeEntityType"/>) to deliver.</summary>
    public List<string> ChangeTypes { get; set; } = [];
    /// <summary>Posture events (EVIDENCE_EXPIRING, EVIDENCE_EXTRACTED) to deliver.</summary>
    public List<string> Events { get; set; } = [];
    public bool Enabled { get; set; } = true;
    public int ConsecutiveFailures { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }
    public string? DisabledReason { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum WebhookDeliveryStatus { Pending = 0, Delivered = 1, Failed = 2 }

/// <summary>
/// The durable outbox and the delivery log in one: a row is written in the transaction of the event it reports,
/// then the dispatcher sends it, retrying with backoff, and records each outcome on it.
/// </summary>
public class WebhookDelivery : ITenantOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long SubscriptionId { get; set; }
    public WebhookSubscription? Subscription { get; set; }
    /// <summary>Unique event ID, sent as a header so receivers can drop duplicates (delivery is at least once).</summary>
    public required string EventId { get; set; }
    public required string EventType { get; set; }
    /// <summary>The JSON body, fixed when the event happened so every retry sends (and signs) the same bytes.</summary>
    public required string Payload { get; set; }
    public WebhookDeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
}
