namespace ArvexLab.Graph.Server.Data.Entities;

/// <summary>
/// What every extracted item shares: its document, confidence, citation (page + box, PDF points,
/// origin top-left) and the human review decision. Not an entity of its own; each subclass has its table.
/// </summary>
public abstract class Finding : ITenantOwned, IVersioned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long DocumentId { get; set; }
    public EvidenceDocument? Document { get; set; }

    public double Confidence { get; set; }
    public int? Page { get; set; }
    public double? BoxX0 { get; set; }
    public double? BoxY0 { get; set; }
    public double? BoxX1 { get; set; }
    public double? BoxY1 { get; set; }

    public ReviewState ReviewState { get; set; }
    /// <summary>The item as the extractor produced it (JSON), kept when a reviewer corrects it.</summary>
    public string? ExtractedSnapshot { get; set; }
    public string? ReviewComment { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    /// <summary>True when a reviewer added the item by hand (the extractor missed it).</summary>
    public bool AddedManually { get; set; }
    public int Version { get; set; }
}
