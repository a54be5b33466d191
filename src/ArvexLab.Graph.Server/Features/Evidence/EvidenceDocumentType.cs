using ArvexLab.Graph.GraphQL.Paging;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence.Download;
using ArvexLab.Graph.Server.Features.Findings;
using ArvexLab.Graph.Server.Features.Review;
using ArvexLab.Graph.Server.Features.Vendors;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Evidence;

public sealed class EvidenceDocumentType : ObjectGraphType<EvidenceDocument>
{
    public EvidenceDocumentType()
    {
        Name = "EvidenceDocument";
        Description = "An uploaded evidence PDF (SOC report, bridge letter, ISO certificate…) and what was extracted from it.";
        this.ImplementNode();
        Field<NonNullGraphType<VendorType>>("vendor").Description("The vendor the evidence is about.")
            .Reads("VendorId").Resolve(ctx => ctx.LoadById<Vendor>(ctx.Source.VendorId));
        Field<NonNullGraphType<EvidenceKindEnumType>>("kind").Description("What kind of evidence this is.").Reads("Kind").Resolve(c => c.Source.Kind);
        Field(d => d.Title).Description("A display title.");
        Field(d => d.FileName).Description("The uploaded file's name (display only).");
        Field(d => d.Sha256).Description("SHA-256 of the file, lower-case hex.");
        Field(d => d.SizeBytes, type: typeof(NonNullGraphType<LongGraphType>)).Description("File size in bytes.");
        Field(d => d.PageCount, nullable: true).Description("Number of pages, once read.");
        Field<NonNullGraphType<EvidenceStatusEnumType>>("status").Description("Extraction status.").Reads("Status").Resolve(c => c.Source.Status);
        Field<ExtractionFailureType>("failure").Description("Why extraction failed (status FAILED).")
            .Reads("FailureCode", "FailureMessage").Resolve(c => c.Source.FailureCode is null ? null : new ExtractionFailure(c.Source.FailureCode, c.Source.FailureMessage ?? ""));
        Field<NonNullGraphType<EvidenceReviewStatusEnumType>>("reviewStatus").Description("The reviewer's decision on the document.").Reads("ReviewStatus").Resolve(c => c.Source.ReviewStatus);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("coversServices")
            .Description("The vendor services this evidence is meant to cover.").Reads("CoversServices").Resolve(c => c.Source.CoversServices);
        Field(d => d.Auditor, nullable: true).Description("The CPA firm (SOC) or certification body (ISO).");
        Field<OpinionEnumType>("opinion").Description("The auditor's opinion (SOC reports).").Reads("Opinion").Resolve(c => c.Source.Opinion);
        Field(d => d.ReportDate, nullable: true).Description("Date of the report or letter.");
        Field(d => d.PeriodStart, nullable: true).Description("Start of the review period (Type II).");
        Field(d => d.PeriodEnd, nullable: true).Description("End of the review period, the as-of date (Type I) or bridge-through date.");
        Field(d => d.IssueDate, nullable: true).Description("Certificate issue date.");
        Field(d => d.ExpiryDate, nullable: true).Description("Certificate expiry date.");
        Field(d => d.UploadedBy, nullable: true).Description("Who uploaded the document.");
        Field(d => d.UploadedAt).Description("When it was uploaded.");
        Field(d => d.UpdatedAt).Description("When it last changed.");
        Field(d => d.Version).Description("Concurrency version; send it back with changes.");
        Field<NonNullGraphType<EvidenceDownloadLinkType>>("download")
            .Description("A short-lived link to fetch the original PDF (for the viewer or a partner's archive).")
            .Reads("Id", "OrganizationId").Resolve(ctx => EvidenceDownloadField.Resolve(ctx, ctx.Source));

        this.Connection<ExtractedField, ExtractedFieldType>("fields")
            .Description("Named facts extracted from the document (period, opinion, certificate number…).")
            .Filter<ExtractedFieldFilterInput>().Sort<ExtractedFieldSortInput>()
            .ResolveChildren((EvidenceDocument d) => d.Id, f => f.DocumentId, q => q.Set<ExtractedField>());
        this.Connection<Control, ControlType>("controls")
            .Description("Controls with the auditor's tests and results.")
            .Filter<ControlFilterInput>().Sort<ControlSortInput>()
            .ResolveChildren((EvidenceDocument d) => d.Id, c => c.DocumentId, q => q.Set<Control>());
        this.Connection<ControlException, ControlExceptionType>("controlExceptions")
            .Description("Exceptions (deviations) found in testing.")
            .Filter<ControlExceptionFilterInput>().Sort<ControlExceptionSortInput>()
            .ResolveChildren((EvidenceDocument d) => d.Id, e => e.DocumentId, q => q.Set<ControlException>());
        this.Connection<Cuec, CuecType>("cuecs")
            .Description("Complementary user-entity controls: what the customer must do.")
            .Filter<CuecFilterInput>().Sort<CuecSortInput>()
            .ResolveChildren((EvidenceDocument d) => d.Id, c => c.DocumentId, q => q.Set<Cuec>());
        this.Connection<SubserviceOrganization, SubserviceOrganizationType>("subserviceOrganizations")
            .Description("Subservice organizations the vendor relies on.")
            .Filter<SubserviceOrganizationFilterInput>().Sort<SubserviceOrganizationSortInput>()
            .ResolveChildren((EvidenceDocument d) => d.Id, s => s.DocumentId, q => q.Set<SubserviceOrganization>());
        this.AddReviewEvents();
    }
}

public sealed record ExtractionFailure(string Code, string Message);

public sealed class ExtractionFailureType : ObjectGraphType<ExtractionFailure>
{
    public ExtractionFailureType()
    {
        Name = "ExtractionFailure";
        Description = "Why a document could not be extracted.";
        Field(f => f.Code).Description("Stable code: NOT_A_PDF, ENCRYPTED_PDF, CORRUPT_PDF, TOO_MANY_PAGES, TIMEOUT, WORKER_CRASHED…");
        Field(f => f.Message).Description("Human-readable explanation.");
    }
}
