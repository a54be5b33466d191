namespace ArvexLab.PartnerSync;

/// <summary>What this partner mirrors: the change feed's type, the root list to read it in full, and the fields kept.</summary>
public sealed record MirroredType(string ChangeType, string GraphType, string RootField, string Fields)
{
    public static readonly IReadOnlyList<MirroredType> All =
    [
        new("VENDOR", "Vendor", "vendors", "id version name criticality vendorStatus: status services tags owner archivedAt"),
        new("EVIDENCE_DOCUMENT", "EvidenceDocument", "evidenceDocuments", "id version vendor { id } kind title documentStatus: status reviewStatus auditor opinion periodStart periodEnd expiryDate"),
        new("CONTROL", "Control", "controls", "id version document { id } ref description result reviewState"),
        new("CONTROL_EXCEPTION", "ControlException", "controlExceptions", "id version document { id } control { id } controlRef description reviewState"),
        new("CUEC", "Cuec", "cuecs", "id version document { id } description cuecStatus: status owner reviewState"),
    ];

    public static MirroredType ByGraphType(string name) => All.Single(t => t.GraphType == name);

    public static MirroredType ByChangeType(string name) => All.Single(t => t.ChangeType == name);

    /// <summary>GraphQL fragments, one per type, named <c>&lt;GraphType&gt;Fields</c>.</summary>
    public static string Fragments => string.Join("\n", All.Select(t => $"fragment {t.GraphType}Fields on {t.GraphType} {{ {t.Fields} }}"));
}
