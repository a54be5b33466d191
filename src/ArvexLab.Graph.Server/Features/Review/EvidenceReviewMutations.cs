using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Audit;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using static ArvexLab.Graph.Server.Features.Review.ReviewUnitOfWork;

namespace ArvexLab.Graph.Server.Features.Review;

/// <summary>
/// approveEvidence / rejectEvidence: the decision on a whole document. Approval waits until no finding below the
/// low-confidence threshold (<see cref="ReviewSettings.LowConfidenceThreshold"/>) is pending, unless the approver
/// overrides with a comment, so an approved document never hides unread guesses.
/// </summary>
public static class EvidenceReviewMutations
{
    private const string Noun = "evidence document";

    public static void AddEvidenceReviewMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EvidenceReviewPayloadType>>("approveEvidence")
            .Description("Accepts an extracted document as evidence. Refused (PENDING_LOW_CONFIDENCE) while low-confidence findings are pending, unless overridden with a comment.")
            .Argument<NonNullGraphType<ApproveEvidenceInputType>>("input", "The document, its version and any override.")
            .AuthorizeWithPolicy(GraphPolicies.Review)
            .ResolveAsync(async ctx => await DecideAsync(ctx, EvidenceReviewStatus.Approved));

        mutation.Field<NonNullGraphType<EvidenceReviewPayloadType>>("rejectEvidence")
            .Description("Refuses a document as evidence, with the reason. Its findings stay for the record.")
            .Argument<NonNullGraphType<RejectEvidenceInputType>>("input", "The document, its version and why.")
            .AuthorizeWithPolicy(GraphPolicies.Review)
            .ResolveAsync(async ctx => await DecideAsync(ctx, EvidenceReviewStatus.Rejected));
    }

    private static async Task<EvidenceReviewPayload> DecideAsync(IResolveFieldContext ctx, EvidenceReviewStatus status)
    {
        var input = Input(ctx);
        var approving = status == EvidenceReviewStatus.Approved;
        var overriding = approving && input.GetValueOrDefault("override") as bool? == true;
        var (comment, commentError) = Comment(input, required: !approving || overriding);
        var threshold = ReviewSettings.From(ctx.RequestServices!).LowConfidenceThreshold;

        await using var db = Db(ctx);
        var (document, current, error) = await FindForChangeAsync<EvidenceDocument>(db, input, Noun, ctx.CancellationToken);
        var pending = await PendingLowConfidenceAsync(db, (document ?? current)?.Id ?? 0, threshold, ctx.CancellationToken);
        if (document is null)
        {
            return new EvidenceReviewPayload(current, pending, [error!]);
        }

        if (commentError is not null)
        {
            return new EvidenceReviewPayload(null, pending, [commentError]);
        }

        if (approving && document.Status != EvidenceStatus.Extracted)
        {
            return new EvidenceReviewPayload(null, pending, [new UserError(ReviewErrorCodes.NotExtracted,
                "Only an extracted document can be approved.", "id")]);
        }

        if (approving && pending > 0 && !overriding)
        {
            return new EvidenceReviewPayload(null, pending, [new UserError(ReviewErrorCodes.PendingLowConfidence,
                $"{pending} finding(s) below confidence {threshold} are still pending: review them, or approve with override and a comment.", "override")]);
        }

        var before = new { ReviewStatus = document.ReviewStatus.ToString() };
        document.ReviewStatus = status;
        var after = new { ReviewStatus = status.ToString(), PendingLowConfidence = pending, LowConfidenceThreshold = threshold, Override = overriding };
        db.Record(Actor.Of(ctx), approving ? "APPROVED" : "REJECTED", nameof(EvidenceDocument), document.Id, before, after,
            vendorId: document.VendorId, documentId: document.Id, comment: comment);
        var (saved, fresh) = await SaveAsync<EvidenceDocument>(ctx, db, document.Id);
        return saved ? new EvidenceReviewPayload(document, pending, []) : new EvidenceReviewPayload(fresh, pending, [Conflict(Noun)]);
    }

    /// <summary>Findings of the document below the threshold that nobody has decided on yet.</summary>
    public static async Task<int> PendingLowConfidenceAsync(GraphDbContext db, long documentId, double threshold, CancellationToken ct) =>
        await Count<ExtractedField>(db, documentId, threshold, ct)
        + await Count<Control>(db, documentId, threshold, ct)
        + await Count<ControlException>(db, documentId, threshold, ct)
        + await Count<Cuec>(db, documentId, threshold, ct)
        + await Count<SubserviceOrganization>(db, documentId, threshold, ct);

    private static Task<int> Count<T>(GraphDbContext db, long documentId, double threshold, CancellationToken ct) where T : Finding =>
        db.Set<T>().CountAsync(f => f.DocumentId == documentId && f.ReviewState == ReviewState.Pending && f.Confidence < threshold, ct);
}
