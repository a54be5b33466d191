using ArvexLab.Graph.GraphQL.Filtering;
using ArvexLab.Graph.GraphQL.Sorting;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence;
using ArvexLab.Graph.Server.Features.Posture;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Vendors;

public sealed class VendorFilterInput : FilterInputType<Vendor, VendorFilterInput>
{
    public VendorFilterInput()
    {
        Field("name", v => v.Name, "The vendor's name.");
        Field("website", v => v.Website, "The vendor's website.");
        Field("owner", v => v.Owner, "The relationship owner.");
        Enum<CriticalityEnumType, Criticality>("criticality", v => v.Criticality, "Criticality.");
        Enum<VendorStatusEnumType, VendorStatus>("status", v => v.Status, "Active or archived.");
        StringList("services", v => v.Services, "Consumed services.");
        StringList("tags", v => v.Tags, "Labels.");
        Comparable<DateTimeOffsetGraphType, DateTimeOffset>("createdAt", v => v.CreatedAt, "When the vendor was added.");
        Comparable<DateTimeOffsetGraphType, DateTimeOffset>("updatedAt", v => v.UpdatedAt, "When the vendor was last changed.");
        List<EvidenceDocument, EvidenceDocumentFilterInput>("documents", v => v.Documents, "The vendor's documents.");
        Object<VendorPosture, VendorPostureFilterInput>("posture", v => v.Posture, "The stored posture: score, grade, flags.");
    }
}

public sealed class VendorSortInput : SortInputType<Vendor, VendorSortInput>
{
    public VendorSortInput()
    {
        Field("name", v => v.Name, "By name.");
        Field("criticality", v => v.Criticality, "By criticality (LOW first ascending).");
        Field("createdAt", v => v.CreatedAt, "By creation time.");
        Field("updatedAt", v => v.UpdatedAt, "By last change.");
        Field("postureScore", v => v.Posture == null ? -1 : v.Posture.Score, "By posture score (not yet computed first ascending).");
    }
}
