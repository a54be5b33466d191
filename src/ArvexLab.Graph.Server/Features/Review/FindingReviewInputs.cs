using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Review;

/// <summary>The decision on one finding, with the version the reviewer read and, to correct it, the new values.</summary>
public abstract class ReviewInputType<TValuesInput> : InputObjectGraphType where TValuesInput : IInputObjectGraphType
{
    protected ReviewInputType(string name, string noun)
    {
        Name = name;
        Description = $"A reviewer's decision on one {noun}.";
        Field<NonNullGraphType<IdGraphType>>("id").Description($"The {noun}'s ID.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale version is a CONFLICT.");
        Field<NonNullGraphType<ReviewDecisionEnumType>>("decision").Description("Confirm, correct or reject.");
        Field<TValuesInput>("values").Description("The corrected values (required for CORRECT, ignored otherwise).");
        Field<StringGraphType>("comment").Description("Why: kept on the finding and in the audit trail.");
    }
}

public sealed class ReviewControlInputType() : ReviewInputType<ControlValuesInputType>("ReviewControlInput", "control");

public sealed class ReviewExceptionInputType() : ReviewInputType<ControlExceptionValuesInputType>("ReviewExceptionInput", "control exception");

public sealed class ReviewCuecInputType() : ReviewInputType<CuecValuesInputType>("ReviewCuecInput", "CUEC");

public sealed class ReviewSubserviceOrganizationInputType()
    : ReviewInputType<SubserviceOrganizationValuesInputType>("ReviewSubserviceOrganizationInput", "subservice organization");

public sealed class ReviewFieldInputType : InputObjectGraphType
{
    public ReviewFieldInputType()
    {
        Name = "ReviewFieldInput";
        Description = "A reviewer's decision on one extracted field.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The field's ID.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale version is a CONFLICT.");
        Field<NonNullGraphType<ReviewDecisionEnumType>>("decision").Description("Confirm, correct or reject.");
        Field<StringGraphType>("value").Description("The corrected value (required for CORRECT, ignored otherwise); the extracted value is kept.");
        Field<StringGraphType>("comment").Description("Why: kept on the field and in the audit trail.");
    }
}

/// <summary>A finding a reviewer adds because the extractor missed it.</summary>
public abstract class AddFindingInputType<TValuesInput> : InputObjectGraphType where TValuesInput : IInputObjectGraphType
{
    protected AddFindingInputType(string name, string noun)
    {
        Name = name;
        Description = $"A {noun} the extractor missed, added by a reviewer (confirmed, confidence 1).";
        Field<NonNullGraphType<IdGraphType>>("documentId").Description("The evidence document it is printed in.");
        Field<NonNullGraphType<TValuesInput>>("values").Description($"The {noun}'s values.");
        Field<IntGraphType>("page").Description("The 1-based page it is printed on.");
        Field<StringGraphType>("comment").Description("Why it was added: kept on the item and in the audit trail.");
    }
}

public sealed class AddControlInputType() : AddFindingInputType<ControlValuesInputType>("AddControlInput", "control");

public sealed class AddCuecInputType() : AddFindingInputType<CuecValuesInputType>("AddCuecInput", "CUEC");

public sealed class AddExceptionInputType : AddFindingInputType<ControlExceptionValuesInputType>
{
    public AddExceptionInputType() : base("AddExceptionInput", "control exception") =>
        Field<IdGraphType>("controlId").Description("The tested control, when known (same document); its ref fills controlRef when omitted.");
}

public sealed class UpdateCuecInputType : InputObjectGraphType
{
    public UpdateCuecInputType()
    {
        Name = "UpdateCuecInput";
        Description = "The organization's tracking of a CUEC: omitted fields stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The CUEC's ID.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale version is a CONFLICT.");
        Field<StringGraphType>("owner").Description("Who owns it (null clears it).");
        Field<CuecStatusEnumType>("status").Description("Progress.");
        Field<DateOnlyGraphType>("dueDate").Description("When it should be in place (null clears it).");
    }
}

public sealed class ConfirmFindingsInputType : InputObjectGraphType
{
    public ConfirmFindingsInputType()
    {
        Name = "ConfirmFindingsInput";
        Description = "Confirms many pending findings at once: those at or above a confidence.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids").Description("Findings of any kind (fields, controls, exceptions, CUECs, subservice organizations).");
        Field<NonNullGraphType<FloatGraphType>>("minConfidence").Description("Only findings with at least this confidence are confirmed; the others are skipped.");
        Field<StringGraphType>("comment").Description("Kept on each confirmed finding and in the audit trail.");
    }
}

public sealed class ApproveEvidenceInputType : InputObjectGraphType
{
    public ApproveEvidenceInputType()
    {
        Name = "ApproveEvidenceInput";
        Description = "Accepts a document as evidence.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The document's ID.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale version is a CONFLICT.");
        Field<BooleanGraphType>("override").Description("Approve although low-confidence findings are still pending (a comment is then required).");
        Field<StringGraphType>("comment").Description("Why: required with override; kept in the audit trail.");
    }
}

public sealed class RejectEvidenceInputType : InputObjectGraphType
{
    public RejectEvidenceInputType()
    {
        Name = "RejectEvidenceInput";
        Description = "Refuses a document as evidence.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The document's ID.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale version is a CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("comment").Description("Why it is refused (required); kept in the audit trail.");
    }
}
