namespace ArvexLab.Graph.Server.Data.Entities;

/// <summary>
/// A vendor's computed posture: stored on write (after import, review and the daily refresh) so vendor lists can
/// filter and sort on it in SQL. Never edited by people; recomputation replaces it.
/// </summary>
public class VendorPosture : ITenantOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long VendorId { get; set; }
    public Vendor? Vendor { get; set; }
    /// <summary>100 minus the severity weights of the flags, floored at 0.</summary>
    public int Score { get; set; }
    public PostureGrade Grade { get; set; }
    public int FlagCount { get; set; }
    /// <summary>The date the date-dependent checks (expiry, staleness) were evaluated for.</summary>
    public DateOnly EvaluatedOn { get; set; }
    public DateTimeOffset ComputedAt { get; set; }

    public List<PostureFlag> Flags { get; set; } = [];
}

/// <summary>One thing a careful reviewer would flag about a vendor's evidence, with where it is printed.</summary>
public class PostureFlag : ITenantOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long PostureId { get; set; }
    public VendorPosture? Posture { get; set; }
    public PostureFlagCode Code { get; set; }
    public FlagSeverity Severity { get; set; }
    public required string Message { get; set; }
    /// <summary>What the flag is about, beyond the document: criteria, a service, a subservice organization.</summary>
    public string? Subject { get; set; }
    public long? DocumentId { get; set; }
    public EvidenceDocument? Document { get; set; }
    public int? Page { get; set; }
    public double? BoxX0 { get; set; }
    public double? BoxY0 { get; set; }
    public double? BoxX1 { get; set; }
    public double? BoxY1 { get; set; }
    /// <summary>The flag's position in the vendor's list (most severe first).</summary>
    public int SortOrder { get; set; }
}
