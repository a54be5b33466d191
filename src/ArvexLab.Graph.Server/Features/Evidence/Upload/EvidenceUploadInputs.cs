using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.GraphQL.Upload;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Evidence.Upload;

public sealed class UploadEvidenceInputType : InputObjectGraphType
{
    public UploadEvidenceInputType()
    {
        Name = "UploadEvidenceInput";
        Description = "A vendor's evidence PDF, sent as a GraphQL multipart request.";
        Field<NonNullGraphType<IdGraphType>>("vendorId").Description("The vendor the evidence is about.");
        Field<NonNullGraphType<UploadGraphType>>("file").Description("The PDF (checked by its content, not its name or claimed type).");
        Field<EvidenceKindEnumType>("kindHint").Description("What the uploader says it is; kept over the extractor's guess. Omit to let extraction decide.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("coversServices").Description("The vendor services this evidence is meant to cover.");
    }
}

public sealed class ReextractEvidenceInputType : InputObjectGraphType
{
    public ReextractEvidenceInputType()
    {
        Name = "ReextractEvidenceInput";
        Description = "A document to extract again, and the version you last read.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The document's ID.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale version is a CONFLICT.");
    }
}

/// <summary>Something the caller should know although the mutation applied (e.g. the file was already there).</summary>
public sealed record EvidenceWarning(string Code, string Message);

public sealed class EvidenceWarningType : ObjectGraphType<EvidenceWarning>
{
    public EvidenceWarningType()
    {
        Name = "EvidenceWarning";
        Description = "A notice about an evidence mutation that did apply: DUPLICATE (the same file was already uploaded), ALREADY_QUEUED.";
        Field(w => w.Code).Description("Stable machine-readable code.");
        Field(w => w.Message).Description("Human-readable explanation.");
    }
}

/// <summary>The result of an evidence mutation: the document, or why nothing changed, plus notices.</summary>
public sealed record EvidenceMutationPayload(EvidenceDocument? Document, IReadOnlyList<UserError> Errors, IReadOnlyList<EvidenceWarning> Warnings)
{
    public static EvidenceMutationPayload Failed(UserError error, EvidenceDocument? current = null) => new(current, [error], []);

    public static EvidenceMutationPayload Done(EvidenceDocument document, params EvidenceWarning[] warnings) => new(document, [], warnings);
}

public abstract class EvidenceMutationPayloadType : ObjectGraphType<EvidenceMutationPayload>
{
    protected EvidenceMutationPayloadType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<EvidenceDocumentType>("document").Description("The document as stored now (on CONFLICT: its current state).").Reads("Document").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Empty when the change applied.").Reads("Errors").Resolve(c => c.Source.Errors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceWarningType>>>>("warnings").Description("Notices about a change that did apply.").Reads("Warnings").Resolve(c => c.Source.Warnings);
    }
}

public sealed class UploadEvidencePayloadType() : EvidenceMutationPayloadType("UploadEvidencePayload",
    "The uploaded document (status QUEUED, or the existing one with a DUPLICATE warning), or why nothing was stored.");

public sealed class ReextractEvidencePayloadType() : EvidenceMutationPayloadType("ReextractEvidencePayload",
    "The document queued for extraction again, or why nothing changed.");
