using ArvexLab.Graph.GraphQL.Filtering;
using ArvexLab.Graph.GraphQL.Sorting;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Findings;
using ArvexLab.Graph.Server.Features.Vendors;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Evidence;

public sealed class EvidenceDocumentFilterInput : FilterInputType<EvidenceDocument, EvidenceDocumentFilterInput>
{
    public EvidenceDocumentFilterInput()
    {
        Enum<EvidenceKindEnumType, EvidenceKind>("kind", d => d.Kind, "Kind of evidence.");
        Enum<EvidenceStatusEnumType, EvidenceStatus>("status", d => d.Status, "Extraction status.");
        Enum<EvidenceReviewStatusEnumType, EvidenceReviewStatus>("reviewStatus", d => d.ReviewStatus, "Review decision.");
        Enum<OpinionEnumType, Opinion?>("opinion", d => d.Opinion, "Auditor's opinion.");
        Field("title", d => d.Title, "Title.");
        Field("auditor", d => d.Auditor, "Auditor or certification body.");
        Field("sha256", d => d.Sha256, "File hash.");
        StringList("coversServices", d => d.CoversServices, "Services covered.");
        Comparable<DateOnlyGraphType, DateOnly?>("periodStart", d => d.PeriodStart, "Review period start.");
        Comparable<DateOnlyGraphType, DateOnly?>("periodEnd", d => d.PeriodEnd, "Review period end.");
        Comparable<DateOnlyGraphType, DateOnly?>("issueDate", d => d.IssueDate, "Certificate issue date.");
        Comparable<DateOnlyGraphType, DateOnly?>("expiryDate", d => d.ExpiryDate, "Certificate expiry date.");
        Comparable<DateTimeOffsetGraphType, DateTimeOffset>("uploadedAt", d => d.UploadedAt, "Upload time.");
        Object<Vendor, VendorFilterInput>("vendor", d => d.Vendor, "The document's vendor.");
        List<Control, ControlFilterInput>("controls", d => d.Controls, "The document's controls.");
        List<ControlException, ControlExceptionFilterInput>("controlExceptions", d => d.Exceptions, "The document's exceptions.");
    }
}

public sealed class EvidenceDocumentSortInput : SortInputType<EvidenceDocument, EvidenceDocumentSortInput>
{
    public EvidenceDocumentSortInput()
    {
        Field("uploadedAt", d => d.UploadedAt, "By upload time.");
        Field("title", d => d.Title, "By title.");
        Field("kind", d => d.Kind, "By kind.");
        Field("status", d => d.Status, "By extraction status.");
        Field("periodEnd", d => d.PeriodEnd ?? DateOnly.MinValue, "By period end (documents without one first ascending).");
        Field("expiryDate", d => d.ExpiryDate ?? DateOnly.MaxValue, "By expiry (documents without one last ascending).");
    }
}
