using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Features.Evidence;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Findings;

/// <summary>
/// What every extracted finding answers, whatever its kind: lets bulk review results and mixed lists be
/// queried without knowing the kind first. The object types resolve themselves (their IsTypeOf).
/// </summary>
public sealed class FindingInterface : InterfaceGraphType
{
    public FindingInterface()
    {
        Name = "Finding";
        Description = "An item extracted from an evidence document (field, control, exception, CUEC, subservice organization) and its review.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The object's globally unique, opaque ID.");
        Field<NonNullGraphType<EvidenceDocumentType>>("document").Description("The document the finding was extracted from.");
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("The extractor's confidence in [0, 1]; 1 for items added by hand.");
        Field<CitationType>("citation").Description("Where in the PDF the finding is printed.");
        Field<NonNullGraphType<ReviewStateEnumType>>("reviewState").Description("The human decision on the finding.");
        Field<StringGraphType>("reviewComment").Description("The reviewer's comment.");
        Field<StringGraphType>("reviewedBy").Description("Who reviewed the finding last.");
        Field<DateTimeOffsetGraphType>("reviewedAt").Description("When it was reviewed last.");
        Field<NonNullGraphType<BooleanGraphType>>("addedManually").Description("True when a reviewer added the finding because the extractor missed it.");
        Field<StringGraphType>("extracted").Description("The finding as the extractor produced it (JSON), kept when a reviewer corrected it.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("Concurrency version; send it back with review decisions.");
    }
}
