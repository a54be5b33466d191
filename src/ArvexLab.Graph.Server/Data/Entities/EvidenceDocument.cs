namespace ArvexLab.Graph.Server.Data.Entities;

/// <summary>One uploaded PDF (SOC report, bridge letter, ISO certificate…) and what was extracted from it.</summary>
public class EvidenceDocument : ITenantOwned, IVersioned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long VendorId { get; set; }
    public Vendor? Vendor { get; set; }

    public EvidenceKind Kind { get; set; }
    public required string Title { get; set; }
    public required string FileName { get; set; }
    /// <summary>Lower-case hex SHA-256 of the stored file; the blob store's key.</summary>
    public required string Sha256 { get; set; }
    public long SizeBytes { get; set; }
    public int? PageCount { get; set; }

    public EvidenceStatus Status { get; set; }
    public string? FailureCode { get; set; }
    public string? FailureMessage { get; set; }
    public EvidenceReviewStatus ReviewStatus { get; set; }

    /// <summary>The vendor services this evidence is meant to cover (from the uploader).</summary>
    public List<string> CoversServices { get; set; } = [];

    // Key facts, kept in columns (from the reviewed field values) so posture queries can filter and sort on them.
    public string? Auditor { get; set; }
    public Opinion? Opinion { get; set; }
    public DateOnly? ReportDate { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public DateOnly? IssueDate { get; set; }
    public DateOnly? ExpiryDate { get; set; }

    public string? UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<ExtractedField> Fields { get; set; } = [];
    public List<Control> Controls { get; set; } = [];
    public List<ControlException> Exceptions { get; set; } = [];
    public List<Cuec> Cuecs { get; set; } = [];
    public List<SubserviceOrganization> SubserviceOrganizations { get; set; } = [];
}
