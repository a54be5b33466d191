namespace ArvexLab.Graph.Server.Data.Entities;

/// <summary>
/// The renewal check's record that a document crossed an expiry threshold. Its unique key (document, threshold,
/// expiry date) is what makes the check idempotent across restarts and nodes; a corrected expiry date starts afresh.
/// </summary>
public class EvidenceExpiryNotice : ITenantOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long DocumentId { get; set; }
    public long VendorId { get; set; }
    /// <summary>The threshold crossed, in days before expiry; 0 means the evidence has expired.</summary>
    public int ThresholdDays { get; set; }
    public DateOnly ExpiresOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
