namespace ArvexLab.Graph.Server.Data.Entities;

/// <summary>A supplier whose security evidence the organization reviews.</summary>
public class Vendor : ITenantOwned, IVersioned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public required string Name { get; set; }
    public string? Website { get; set; }
    public Criticality Criticality { get; set; }
    public VendorStatus Status { get; set; }
    /// <summary>The vendor's services the organization actually consumes (checked against evidence scope).</summary>
    public List<string> Services { get; set; } = [];
    public List<string> Tags { get; set; } = [];
    /// <summary>Who in the customer organization owns the relationship (free text or e-mail).</summary>
    public string? Owner { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ArchivedAt { get; set; }
    public int Version { get; set; }

    public List<EvidenceDocument> Documents { get; set; } = [];
    /// <summary>The stored posture (Features/Posture); null until first computed.</summary>
    public VendorPosture? Posture { get; set; }
}
