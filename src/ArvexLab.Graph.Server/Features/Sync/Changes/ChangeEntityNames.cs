using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Sync.Changes;

/// <summary>How a change's entity type is spelled in the schema (enum value) and in global IDs (object type name).</summary>
public static class ChangeEntityNames
{
    private static readonly Dictionary<ChangeEntityType, (string EnumName, string TypeName)> Names = new()
    {
        [ChangeEntityType.Vendor] = ("VENDOR", "Vendor"),
        [ChangeEntityType.EvidenceDocument] = ("EVIDENCE_DOCUMENT", "EvidenceDocument"),
        [ChangeEntityType.ExtractedField] = ("EXTRACTED_FIELD", "ExtractedField"),
        [ChangeEntityType.Control] = ("CONTROL", "Control"),
        [ChangeEntityType.ControlException] = ("CONTROL_EXCEPTION", "ControlException"),
        [ChangeEntityType.Cuec] = ("CUEC", "Cuec"),
        [ChangeEntityType.SubserviceOrganization] = ("SUBSERVICE_ORGANIZATION", "SubserviceOrganization"),
        [ChangeEntityType.ControlMapping] = ("CONTROL_MAPPING", "ControlMapping"),
    };

    public static IEnumerable<ChangeEntityType> All => Names.Keys;

    public static string EnumName(ChangeEntityType type) => Names[type].EnumName;

    public static string TypeName(ChangeEntityType type) => Names[type].TypeName;

    public static ChangeEntityType? FromEnumName(string name)
        => Names.FirstOrDefault(n => n.Value.EnumName == name) is { Value.EnumName: not null } hit ? hit.Key : null;
}
