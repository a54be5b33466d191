namespace ArvexLab.Graph.Server.Data.Entities;

/// <summary>Append-only audit record: who did what to which object, with the state before and after.</summary>
public class ReviewEvent : ITenantOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long? VendorId { get; set; }
    public long? DocumentId { get; set; }
    public required string EntityType { get; set; }
    public long EntityId { get; set; }
    /// <summary>What happened, SCREAMING_CASE (UPLOADED, CONFIRMED, CORRECTED, REJECTED, APPROVED, REEXTRACTED, CREATED, UPDATED, ARCHIVED).</summary>
    public required string Action { get; set; }
    public required string Actor { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? Comment { get; set; }
}
