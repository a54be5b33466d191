using ArvexLab.Graph.GraphQL.Paging;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence;
using ArvexLab.Graph.Server.Features.Mapping;
using ArvexLab.Graph.Server.Features.Posture;
using ArvexLab.Graph.Server.Features.Review;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Vendors;

public sealed class VendorType : ObjectGraphType<Vendor>
{
    public VendorType()
    {
        Name = "Vendor";
        Description = "A supplier whose security evidence the organization reviews.";
        this.ImplementNode();
        Field(v => v.Name).Description("The vendor's name.");
        Field(v => v.Website, nullable: true).Description("The vendor's website.");
        Field<NonNullGraphType<CriticalityEnumType>>("criticality").Description("How much the organization depends on the vendor.").Reads("Criticality").Resolve(c => c.Source.Criticality);
        Field<NonNullGraphType<VendorStatusEnumType>>("status").Description("Active or archived.").Reads("Status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("services")
            .Description("The vendor's services the organization consumes; evidence scope is checked against them.").Reads("Services").Resolve(c => c.Source.Services);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Description("Free-form labels.").Reads("Tags").Resolve(c => c.Source.Tags);
        Field(v => v.Owner, nullable: true).Description("Who owns the vendor relationship in the organization.");
        Field(v => v.Notes, nullable: true).Description("Reviewer notes.");
        Field(v => v.CreatedAt).Description("When the vendor was added.");
        Field(v => v.UpdatedAt).Description("When the vendor was last changed.");
        Field(v => v.ArchivedAt, nullable: true).Description("When the vendor was archived.");
        Field(v => v.Version).Description("Concurrency version; send it back with updates.");

        this.Connection<EvidenceDocument, EvidenceDocumentType>("documents")
            .Description("The vendor's evidence documents.")
            .Filter<EvidenceDocumentFilterInput>().Sort<EvidenceDocumentSortInput>()
            .ResolveChildren((Vendor v) => v.Id, d => d.VendorId, q => q.Set<EvidenceDocument>());
        this.AddReviewEvents();
        this.AddPostureField();
        this.AddCoverageField();
    }
}
