using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Findings;

/// <summary>The fields every extracted finding shares: document, confidence, citation and review.</summary>
public static class FindingFields
{
    public static void AddFindingFields<T>(this ObjectGraphType<T> type) where T : Finding
    {
        type.ImplementNode();
        type.Interface<FindingInterface>();
        type.Field<NonNullGraphType<EvidenceDocumentType>>("document").Description("The document the finding was extracted from.")
            .Reads("DocumentId").Resolve(ctx => ctx.LoadById<EvidenceDocument>(ctx.Source.DocumentId));
        type.Field(f => f.Confidence).Description("The extractor's confidence in [0, 1]; 1 for items added by hand.");
        type.Field<CitationType>("citation").Description("Where in the PDF the finding is printed.")
            .Reads("Page", "BoxX0", "BoxY0", "BoxX1", "BoxY1").Resolve(ctx => Citation.Of(ctx.Source));
        type.Field<NonNullGraphType<ReviewStateEnumType>>("reviewState").Description("The human decision on the finding.").Reads("ReviewState").Resolve(c => c.Source.ReviewState);
        type.Field(f => f.ReviewComment, nullable: true).Description("The reviewer's comment.");
        type.Field(f => f.ReviewedBy, nullable: true).Description("Who reviewed the finding last.");
        type.Field(f => f.ReviewedAt, nullable: true).Description("When it was reviewed last.");
        type.Field(f => f.AddedManually).Description("True when a reviewer added the finding because the extractor missed it.");
        type.Field("extracted", f => f.ExtractedSnapshot, nullable: true)
            .Description("The finding as the extractor produced it (JSON), kept when a reviewer corrected it.");
        type.Field(f => f.Version).Description("Concurrency version; send it back with review decisions.");
    }
}

/// <summary>A page and box in PDF points (origin top-left).</summary>
public sealed record Citation(int Page, IReadOnlyList<double>? Bbox)
{
    public static Citation? Of(Finding f) => f.Page is not { } page
        ? null
        : new Citation(page, f.BoxX0 is { } x0 && f.BoxY0 is { } y0 && f.BoxX1 is { } x1 && f.BoxY1 is { } y1 ? [x0, y0, x1, y1] : null);
}

public sealed class CitationType : ObjectGraphType<Citation>
{
    public CitationType()
    {
        Name = "Citation";
        Description = "Where a finding is printed: 1-based page and bounding box [x0, y0, x1, y1] in PDF points, origin top-left.";
        Field(c => c.Page).Description("1-based page number.");
        Field<ListGraphType<NonNullGraphType<FloatGraphType>>>("bbox").Description("[x0, y0, x1, y1] in PDF points, or null when only the page is known.")
            .Reads("Bbox").Resolve(c => c.Source.Bbox);
    }
}
