using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence;
using ArvexLab.Graph.Server.Features.Findings;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Review;

/// <summary>The result of a mutation on one finding: the finding as stored now (on CONFLICT its current state), or why nothing changed.</summary>
public sealed record FindingPayload<T>(T? Item, IReadOnlyList<UserError> Errors) where T : Finding;

public abstract class FindingPayloadType<T, TGraphType> : ObjectGraphType<FindingPayload<T>>
    where T : Finding
    where TGraphType : IObjectGraphType
{
    protected FindingPayloadType(string name, string field, string noun)
    {
        Name = name;
        Description = $"The {noun} after the change, or why nothing changed.";
        Field<TGraphType>(field).Description($"The {noun} as stored now (on CONFLICT: its current state).").Reads("Item").Resolve(c => c.Source.Item);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Empty when the change applied.")
            .Reads("Errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class ExtractedFieldPayloadType() : FindingPayloadType<ExtractedField, ExtractedFieldType>("ExtractedFieldPayload", "field", "field");

public sealed class ControlPayloadType() : FindingPayloadType<Control, ControlType>("ControlPayload", "control", "control");

public sealed class ControlExceptionPayloadType()
    : FindingPayloadType<ControlException, ControlExceptionType>("ControlExceptionPayload", "controlException", "control exception");

public sealed class CuecPayloadType() : FindingPayloadType<Cuec, CuecType>("CuecPayload", "cuec", "CUEC");

public sealed class SubserviceOrganizationPayloadType()
    : FindingPayloadType<SubserviceOrganization, SubserviceOrganizationType>("SubserviceOrganizationPayload", "subserviceOrganization", "subservice organization");

/// <summary>Why confirmFindings left a finding as it was.</summary>
public enum SkipReason { AlreadyReviewed = 0, BelowMinConfidence = 1 }

public sealed class SkipReasonEnumType() : NamedEnumType<SkipReason>("SkipReason",
    "Why a bulk confirmation left a finding as it was.",
    (SkipReason.AlreadyReviewed, "ALREADY_REVIEWED", "A human already decided on it; bulk confirmation never overrides a decision."),
    (SkipReason.BelowMinConfidence, "BELOW_MIN_CONFIDENCE", "Its confidence is below minConfidence: it needs a look of its own."));

public sealed record SkippedFinding(Finding Finding, SkipReason Reason);

public sealed class SkippedFindingType : ObjectGraphType<SkippedFinding>
{
    public SkippedFindingType()
    {
        Name = "SkippedFinding";
        Description = "A finding a bulk confirmation left as it was, and why.";
        Field<NonNullGraphType<FindingInterface>>("finding").Description("The finding as stored.").Reads("Finding").Resolve(c => c.Source.Finding);
        Field<NonNullGraphType<SkipReasonEnumType>>("reason").Description("Why it was skipped.").Reads("Reason").Resolve(c => c.Source.Reason);
    }
}

public sealed record ConfirmFindingsPayload(IReadOnlyList<Finding> Confirmed, IReadOnlyList<SkippedFinding> Skipped, IReadOnlyList<UserError> Errors);

public sealed class ConfirmFindingsPayloadType : ObjectGraphType<ConfirmFindingsPayload>
{
    public ConfirmFindingsPayloadType()
    {
        Name = "ConfirmFindingsPayload";
        Description = "What a bulk confirmation did: all of it, or (with errors) nothing.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingInterface>>>>("confirmed").Description("The findings confirmed now.")
            .Reads("Confirmed").Resolve(c => c.Source.Confirmed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkippedFindingType>>>>("skipped").Description("The findings left as they were.")
            .Reads("Skipped").Resolve(c => c.Source.Skipped);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Empty when the change applied.")
            .Reads("Errors").Resolve(c => c.Source.Errors);
    }
}

public sealed record EvidenceReviewPayload(EvidenceDocument? Document, int PendingLowConfidence, IReadOnlyList<UserError> Errors);

public sealed class EvidenceReviewPayloadType : ObjectGraphType<EvidenceReviewPayload>
{
    public EvidenceReviewPayloadType()
    {
        Name = "EvidenceReviewPayload";
        Description = "The document after the approval or rejection, or why nothing changed.";
        Field<EvidenceDocumentType>("document").Description("The document as stored now (on CONFLICT: its current state).")
            .Reads("Document").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<IntGraphType>>("pendingLowConfidence")
            .Description("How many findings below the low-confidence threshold are still pending.")
            .Reads("PendingLowConfidence").Resolve(c => c.Source.PendingLowConfidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Empty when the change applied.")
            .Reads("Errors").Resolve(c => c.Source.Errors);
    }
}
