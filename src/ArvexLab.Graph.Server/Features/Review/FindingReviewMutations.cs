using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Audit;
using ArvexLab.Graph.Server.Features.Evidence.Import;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using static ArvexLab.Graph.Server.Features.Review.ReviewUnitOfWork;

namespace ArvexLab.Graph.Server.Features.Review;

/// <summary>reviewField, reviewControl, reviewException, reviewCuec, reviewSubserviceOrganization: one decision on one finding.</summary>
public static class FindingReviewMutations
{
    public static void AddFindingReviewMutations(this ObjectGraphType mutation)
    {
        Add<ExtractedField, ExtractedFieldPayloadType, ReviewFieldInputType>(mutation, "reviewField", new ExtractedFieldEditor(), "field", valuesKey: null);
        Add<Control, ControlPayloadType, ReviewControlInputType>(mutation, "reviewControl", new ControlEditor(), "control");
        Add<ControlException, ControlExceptionPayloadType, ReviewExceptionInputType>(mutation, "reviewException", new ControlExceptionEditor(), "control exception");
        Add<Cuec, CuecPayloadType, ReviewCuecInputType>(mutation, "reviewCuec", new CuecEditor(), "CUEC");
        Add<SubserviceOrganization, SubserviceOrganizationPayloadType, ReviewSubserviceOrganizationInputType>(
            mutation, "reviewSubserviceOrganization", new SubserviceOrganizationEditor(), "subservice organization");
    }

    private static void Add<T, TPayload, TInput>(ObjectGraphType mutation, string name, FindingEditor<T> editor, string noun, string? valuesKey = "values")
        where T : Finding
        where TPayload : IGraphType
        where TInput : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<TPayload>>(name)
            .Description($"Confirms, corrects or rejects one {noun}. A stale version is a CONFLICT and changes nothing; every decision is audited.")
            .Argument<NonNullGraphType<TInput>>("input", "The decision.")
            .AuthorizeWithPolicy(GraphPolicies.Review)
            .ResolveAsync(async ctx => await ReviewAsync(ctx, editor, noun, valuesKey));

    private static async Task<FindingPayload<T>> ReviewAsync<T>(IResolveFieldContext ctx, FindingEditor<T> editor, string noun, string? valuesKey)
        where T : Finding
    {
        var input = Input(ctx);
        var decision = (ReviewDecision)input["decision"]!;
        var (comment, commentError) = Comment(input);
        if (commentError is not null)
        {
            return new FindingPayload<T>(null, [commentError]);
        }

        await using var db = Db(ctx);
        var (item, current, error) = await FindForChangeAsync<T>(db, input, noun, ctx.CancellationToken);
        if (item is null)
        {
            return new FindingPayload<T>(current, [error!]);
        }

        var before = editor.Audit(item);
        var values = valuesKey is null
            ? new FindingValueReader(input, "")
            : new FindingValueReader(input.GetValueOrDefault(valuesKey) as Dictionary<string, object?> ?? [], valuesKey);
        var errors = Decide(item, editor, decision, values, valuesKey);
        if (errors.Count > 0)
        {
            return new FindingPayload<T>(null, errors);
        }

        var actor = Actor.Of(ctx);
        item.ReviewComment = comment;
        item.ReviewedBy = actor;
        item.ReviewedAt = DateTimeOffset.UtcNow;
        var document = await db.EvidenceDocuments.SingleAsync(d => d.Id == item.DocumentId, ctx.CancellationToken);
        if (item is ExtractedField)
        {
            // The document's key-fact columns follow the reviewed field values.
            var fields = await db.ExtractedFields.Where(f => f.DocumentId == document.Id).ToListAsync(ctx.CancellationToken);
            DocumentKeyFacts.Apply(document, fields, extractedKind: null, pageCount: null);
        }

        db.Record(actor, Action(decision), editor.TypeName, item.Id, before, editor.Audit(item),
            vendorId: document.VendorId, documentId: document.Id, comment: comment);
        var (saved, fresh) = await SaveAsync<T>(ctx, db, item.Id);
        return saved ? new FindingPayload<T>(item, []) : new FindingPayload<T>(fresh, [Conflict(noun)]);
    }

    private static List<UserError> Decide<T>(T item, FindingEditor<T> editor, ReviewDecision decision, FindingValueReader values, string? valuesKey)
        where T : Finding
    {
        switch (decision)
        {
            case ReviewDecision.Confirm:
                if (item.ReviewState == ReviewState.Corrected)
                {
                    editor.RestoreExtracted(item);
                }

                item.ReviewState = ReviewState.Confirmed;
                return [];
            case ReviewDecision.Correct:
                if (valuesKey is not null && values.IsEmpty)
                {
                    return [new UserError(UserErrorCodes.Validation, "CORRECT needs the corrected values.", valuesKey)];
                }

                if (!item.AddedManually)
                {
                    item.ExtractedSnapshot ??= editor.ExtractedSnapshotOf(item);
                }

                editor.Apply(item, values);
                item.ReviewState = ReviewState.Corrected;
                return [.. values.Errors];
            default:
                item.ReviewState = ReviewState.Rejected;
                return [];
        }
    }

    private static string Action(ReviewDecision decision) => decision switch
    {
        ReviewDecision.Confirm => "CONFIRMED",
        ReviewDecision.Correct => "CORRECTED",
        _ => "REJECTED",
    };
}
