using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Evidence.Live;

public sealed class EvidenceStatusChangeType : ObjectGraphType<EvidenceStatusChange>
{
    public EvidenceStatusChangeType()
    {
        Name = "EvidenceStatusChange";
        Description = "An evidence document's extraction status at one moment, as pushed to subscribers.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The document's ID (the same as EvidenceDocument.id).")
            .Resolve(c => GlobalId.Encode("EvidenceDocument", c.Source.DocumentId));
        Field<NonNullGraphType<EvidenceStatusEnumType>>("status").Description("Extraction status.").Resolve(c => c.Source.Status);
        Field(c => c.FailureCode, nullable: true).Description("Why extraction failed (status FAILED): NOT_A_PDF, CORRUPT_PDF, TIMEOUT…");
        Field(c => c.FailureMessage, nullable: true).Description("Human-readable explanation of the failure.");
        Field(c => c.ChangedAt).Description("When the document last changed.");
    }
}
