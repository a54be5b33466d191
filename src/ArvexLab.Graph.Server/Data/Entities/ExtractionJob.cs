namespace ArvexLab.Graph.Server.Data.Entities;

public enum ExtractionJobStatus { Queued = 0, Running = 1, Succeeded = 2, Failed = 3 }

/// <summary>
/// One durable unit of extraction work for a document. Workers claim it with a lease (owner + expiry),
/// so a crashed worker's job becomes claimable again when the lease runs out; it survives restarts.
/// </summary>
public class ExtractionJob : ITenantOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long DocumentId { get; set; }
    public EvidenceDocument? Document { get; set; }

    public ExtractionJobStatus Status { get; set; }
    public int Attempts { get; set; }
    /// <summary>Not claimable before this time (retry backoff).</summary>
    public DateTimeOffset NotBefore { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseExpiresAt { get; set; }
    public string? LastErrorCode { get; set; }
    public string? LastErrorMessage { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}
