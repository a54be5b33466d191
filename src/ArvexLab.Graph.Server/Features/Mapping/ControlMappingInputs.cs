using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Frameworks;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Mapping;

/// <summary>A reviewer's decision on a proposed mapping.</summary>
public enum MappingDecision { Confirm = 0, Reject = 1 }

public sealed class MappingDecisionEnumType() : NamedEnumType<MappingDecision>("MappingDecision",
    "A reviewer's decision on a control mapping.",
    (MappingDecision.Confirm, "CONFIRM", "The control addresses the requirement."),
    (MappingDecision.Reject, "REJECT", "It does not; re-mapping will not bring the mapping back."));

public sealed class ReviewControlMappingInputType : InputObjectGraphType
{
    public ReviewControlMappingInputType()
    {
        Name = "ReviewControlMappingInput";
        Description = "Confirm or reject a control mapping.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The mapping's ID.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale version is a CONFLICT.");
        Field<NonNullGraphType<MappingDecisionEnumType>>("decision").Description("CONFIRM or REJECT.");
        Field<StringGraphType>("comment").Description("Why (kept in the audit trail).");
    }
}

public sealed class AddControlMappingInputType : InputObjectGraphType
{
    public AddControlMappingInputType()
    {
        Name = "AddControlMappingInput";
        Description = "Map a control to a requirement by hand.";
        Field<NonNullGraphType<IdGraphType>>("controlId").Description("The control's ID.");
        Field<NonNullGraphType<IdGraphType>>("requirementId").Description("The requirement's ID.");
        Field<StringGraphType>("comment").Description("Why (kept in the audit trail).");
    }
}

/// <summary>The result of a control-mapping mutation.</summary>
public sealed record ControlMappingPayload(ControlMapping? ControlMapping, IReadOnlyList<UserError> Errors);

public sealed class ControlMappingPayloadType : ObjectGraphType<ControlMappingPayload>
{
    public ControlMappingPayloadType()
    {
        Name = "ControlMappingPayload";
        Description = "The mapping after the change, or why nothing changed.";
        Field<ControlMappingType>("controlMapping").Description("The mapping as stored now (on CONFLICT: its current state).")
            .Reads("ControlMapping").Resolve(c => c.Source.ControlMapping);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Empty when the change applied.")
            .Reads("Errors").Resolve(c => c.Source.Errors);
    }
}
