using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
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

/// <summary>addControl, addException, addCuec: a reviewer records what the extractor missed (kept on re-extraction).</summary>
public static class FindingAddMutations
{
    public const string Action = "ADDED";

    public static void AddFindingAddMutations(this ObjectGraphType mutation)
    {
        Add<Control, ControlPayloadType, AddControlInputType>(mutation, "addControl", new ControlEditor(), "control");
        Add<ControlException, ControlExceptionPayloadType, AddExceptionInputType>(mutation, "addException", new ControlExceptionEditor(), "control exception", LinkControlAsync);
        Add<Cuec, CuecPayloadType, AddCuecInputType>(mutation, "addCuec", new CuecEditor(), "CUEC");
    }

    private delegate Task<UserError?> Link<in T>(GraphDbContext db, T item, Dictionary<string, object?> input, CancellationToken ct);

    private static void Add<T, TPayload, TInput>(ObjectGraphType mutation, string name, FindingEditor<T> editor, string noun, Link<T>? link = null)
        where T : Finding
        where TPayload : IGraphType
        where TInput : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<TPayload>>(name)
            .Description($"Adds a {noun} the extractor missed: confirmed, confidence 1, marked addedManually, audited.")
            .Argument<NonNullGraphType<TInput>>("input", $"The {noun}.")
            .AuthorizeWithPolicy(GraphPolicies.Review)
            .ResolveAsync(async ctx => await AddAsync(ctx, editor, link));

    private static async Task<FindingPayload<T>> AddAsync<T>(IResolveFieldContext ctx, FindingEditor<T> editor, Link<T>? link)
        where T : Finding
    {
        var input = Input(ctx);
        var values = new FindingValueReader(input["values"] as Dictionary<string, object?> ?? [], "values");
        var item = editor.Create(values);
        var (comment, commentError) = Comment(input);
        var page = input.GetValueOrDefault("page") as int?;
        List<UserError> errors = [.. values.Errors];
        if (commentError is not null)
        {
            errors.Add(commentError);
        }

        if (page is < 1)
        {
            errors.Add(new UserError(UserErrorCodes.Validation, "Pages are numbered from 1.", "page"));
        }

        await using var db = Db(ctx);
        var documentId = GlobalId.Decode((string)input["documentId"]!, nameof(EvidenceDocument));
        var document = await db.EvidenceDocuments.FirstOrDefaultAsync(d => d.Id == documentId, ctx.CancellationToken);
        if (document is null)
        {
            return new FindingPayload<T>(null, [NotFound("evidence document", "documentId")]);
        }

        if (errors.Count == 0 && link is not null && await link(db, item, input, ctx.CancellationToken) is { } linkError)
        {
            errors.Add(linkError);
        }

        if (errors.Count > 0)
        {
            return new FindingPayload<T>(null, errors);
        }

        var actor = Actor.Of(ctx);
        item.OrganizationId = document.OrganizationId;
        item.DocumentId = document.Id;
        item.AddedManually = true;
        item.ReviewState = ReviewState.Confirmed;
        item.Confidence = 1;
        item.Page = page;
        item.ReviewComment = comment;
        item.ReviewedBy = actor;
        item.ReviewedAt = DateTimeOffset.UtcNow;

        // The audit row needs the new ID: both saves commit together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ctx.CancellationToken);
        db.Add(item);
        await db.SaveChangesAsync(ctx.CancellationToken);
        db.Record(actor, Action, editor.TypeName, item.Id, after: editor.Audit(item), vendorId: document.VendorId, documentId: document.Id, comment: comment);
        await ReviewUnitOfWork.SaveMarkingPostureStaleAsync(db, ctx.CancellationToken);
        await transaction.CommitAsync(ctx.CancellationToken);
        return new FindingPayload<T>(item, []);
    }

    // An exception names its control by ID (it must be in the same document) or by ref (linked when the document has it).
    private static async Task<UserError?> LinkControlAsync(GraphDbContext db, ControlException exception, Dictionary<string, object?> input, CancellationToken ct)
    {
        var documentId = GlobalId.Decode((string)input["documentId"]!, nameof(EvidenceDocument));
        if (input.GetValueOrDefault("controlId") is string controlId)
        {
            var id = GlobalId.Decode(controlId, nameof(Control));
            var control = await db.Controls.FirstOrDefaultAsync(c => c.Id == id && c.DocumentId == documentId, ct);
            if (control is null)
            {
                return NotFound("control of this document", "controlId");
            }

            exception.ControlId = control.Id;
            exception.ControlRef ??= control.Ref;
            return null;
        }

        if (FindingKeys.Text(exception.ControlRef) is { } key)
        {
            var candidates = await db.Controls.Where(c => c.DocumentId == documentId && c.Ref != null)
                .Select(c => new { c.Id, c.Ref }).ToListAsync(ct);
            exception.ControlId = candidates.FirstOrDefault(c => FindingKeys.Text(c.Ref) == key)?.Id;
        }

        return null;
    }
}
