using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Audit;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using static ArvexLab.Graph.Server.Features.Frameworks.Admin.CatalogEdits;

namespace ArvexLab.Graph.Server.Features.Frameworks.Admin;

/// <summary>Editing a framework's requirement tree.</summary>
internal static class RequirementMutations
{
    private const string What = "requirement";

    public static void AddRequirementMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RequirementPayloadType>>("createRequirement")
            .Description("Adds a requirement to a framework, as the last child of its parent.")
            .Argument<NonNullGraphType<CreateRequirementInputType>>("input", "The new requirement.")
            .AuthorizeWithPolicy(GraphPolicies.ManageFrameworks)
            .ResolveAsync(async ctx => await CreateAsync(ctx, Input(ctx)));

        mutation.Field<NonNullGraphType<RequirementPayloadType>>("updateRequirement")
            .Description("Changes a requirement's ref, title, text or place in the tree.")
            .Argument<NonNullGraphType<UpdateRequirementInputType>>("input", "The changes.")
            .AuthorizeWithPolicy(GraphPolicies.ManageFrameworks)
            .ResolveAsync(async ctx => await UpdateAsync(ctx, Input(ctx)));

        mutation.Field<NonNullGraphType<DeleteCatalogItemPayloadType>>("deleteRequirement")
            .Description("Deletes a requirement and its crosswalk rows; HAS_CHILDREN while it has children, IN_USE while control mappings point at it.")
            .Argument<NonNullGraphType<DeleteCatalogItemInputType>>("input", "The requirement and its revision.")
            .AuthorizeWithPolicy(GraphPolicies.ManageFrameworks)
            .ResolveAsync(async ctx => await DeleteAsync(ctx, Input(ctx)));
    }

    private static async Task<CatalogPayload<Requirement>> CreateAsync(IResolveFieldContext ctx, Dictionary<string, object?> input)
    {
        await using var db = Db(ctx);
        var framework = await db.Frameworks.FirstOrDefaultAsync(f => f.Id == Id(input, "frameworkId", "Framework"), ctx.CancellationToken);
        if (framework is null)
        {
            return CatalogPayload<Requirement>.Fail(NotFound("framework", "frameworkId"));
        }

        if (CatalogPermissions.CheckEditable(ctx, framework, "frameworkId") is { } forbidden)
        {
            return CatalogPayload<Requirement>.Fail(forbidden);
        }

        var (reference, title) = (Text(input, "ref") ?? "", Text(input, "title") ?? "");
        var errors = CatalogValidation.Requirement(reference, title).ToList();
        var parentId = OptionalId(input, "parentId", "Requirement");
        if (parentId is not null && !await db.Requirements.AnyAsync(r => r.Id == parentId && r.FrameworkId == framework.Id, ctx.CancellationToken))
        {
            errors.Add(new UserError(UserErrorCodes.Validation, "The parent must be a requirement of the same framework.", "parentId"));
        }

        if (errors.Count == 0 && await RefTakenAsync(db, framework.Id, reference, exceptId: 0, ctx.CancellationToken))
        {
            errors.Add(new UserError(UserErrorCodes.Duplicate, "The framework already has a requirement with this ref.", "ref"));
        }

        if (errors.Count > 0)
        {
            return new CatalogPayload<Requirement>(null, errors);
        }

        var requirement = new Requirement
        {
            FrameworkId = framework.Id,
            OrganizationId = framework.OrganizationId,
            ParentId = parentId,
            Ref = reference,
            Title = title,
            Text = Text(input, "text"),
            SortOrder = await NextSortOrderAsync(db, framework.Id, parentId, ctx.CancellationToken),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ctx.CancellationToken);
        db.Requirements.Add(requirement);
        if (await SaveAsync(db, What, ctx.CancellationToken) is { } failed)
        {
            return CatalogPayload<Requirement>.Fail(failed);
        }

        db.Record(Actor.Of(ctx), "CREATED", nameof(Requirement), requirement.Id, after: Snapshot(requirement, framework));
        await db.SaveChangesAsync(ctx.CancellationToken);
        await transaction.CommitAsync(ctx.CancellationToken);
        return new CatalogPayload<Requirement>(requirement, []);
    }

    private static async Task<CatalogPayload<Requirement>> UpdateAsync(IResolveFieldContext ctx, Dictionary<string, object?> input)
    {
        await using var db = Db(ctx);
        var requirement = await db.Requirements.Include(r => r.Framework)
            .FirstOrDefaultAsync(r => r.Id == Id(input, "id", "Requirement"), ctx.CancellationToken);
        if (requirement is null)
        {
            return CatalogPayload<Requirement>.Fail(NotFound(What));
        }

        if (CatalogPermissions.CheckEditable(ctx, requirement.Framework!) is { } forbidden)
        {
            return CatalogPayload<Requirement>.Fail(forbidden);
        }

        var reference = input.ContainsKey("ref") ? Text(input, "ref") ?? "" : null;
        var title = input.ContainsKey("title") ? Text(input, "title") ?? "" : null;
        var errors = CatalogValidation.Requirement(reference, title).ToList();
        var moves = input.ContainsKey("parentId") && OptionalId(input, "parentId", "Requirement") != requirement.ParentId;
        var parentId = moves ? OptionalId(input, "parentId", "Requirement") : requirement.ParentId;
        if (moves && parentId is not null && await ParentProblemAsync(db, requirement, parentId.Value, ctx.CancellationToken) is { } parentError)
        {
            errors.Add(parentError);
        }

        if (errors.Count == 0 && reference is not null && reference != requirement.Ref
            && await RefTakenAsync(db, requirement.FrameworkId, reference, requirement.Id, ctx.CancellationToken))
        {
            errors.Add(new UserError(UserErrorCodes.Duplicate, "The framework already has a requirement with this ref.", "ref"));
        }

        if (errors.Count > 0)
        {
            return new CatalogPayload<Requirement>(null, errors);
        }

        if (Pin(db, requirement, input, What) is { } conflict)
        {
            return new CatalogPayload<Requirement>(requirement, [conflict]);
        }

        var before = Snapshot(requirement, requirement.Framework!);
        requirement.Ref = reference ?? requirement.Ref;
        requirement.Title = title ?? requirement.Title;
        requirement.Text = input.ContainsKey("text") ? Text(input, "text") : requirement.Text;
        if (moves)
        {
            requirement.ParentId = parentId;
            requirement.SortOrder = await NextSortOrderAsync(db, requirement.FrameworkId, parentId, ctx.CancellationToken);
        }

        db.Record(Actor.Of(ctx), "UPDATED", nameof(Requirement), requirement.Id, before, Snapshot(requirement, requirement.Framework!));
        if (await SaveAsync(db, What, ctx.CancellationToken) is { } failed)
        {
            await using var fresh = Db(ctx);
            return new CatalogPayload<Requirement>(await fresh.Requirements.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requirement.Id, ctx.CancellationToken), [failed]);
        }

        return new CatalogPayload<Requirement>(requirement, []);
    }

    private static async Task<DeletePayload> DeleteAsync(IResolveFieldContext ctx, Dictionary<string, object?> input)
    {
        await using var db = Db(ctx);
        var requirement = await db.Requirements.Include(r => r.Framework)
            .FirstOrDefaultAsync(r => r.Id == Id(input, "id", "Requirement"), ctx.CancellationToken);
        if (requirement is null)
        {
            return new DeletePayload(null, [NotFound(What)]);
        }

        if ((CatalogPermissions.CheckEditable(ctx, requirement.Framework!) ?? Pin(db, requirement, input, What)) is { } refused)
        {
            return new DeletePayload(null, [refused]);
        }

        // Children are not deleted along: a whole subtree vanishing on one click is rarely what an editor meant.
        if (await db.Requirements.AnyAsync(r => r.ParentId == requirement.Id, ctx.CancellationToken))
        {
            return new DeletePayload(null, [new UserError(UserErrorCodes.HasChildren, "Delete or move the requirement's children first.", "id")]);
        }

        var ids = db.Requirements.Where(r => r.Id == requirement.Id).Select(r => r.Id);
        if (await CatalogUsage.CheckAsync(db, ids, requirement.OrganizationId, What, ctx.CancellationToken) is { } inUse)
        {
            return new DeletePayload(null, [inUse]);
        }

        db.Requirements.Remove(requirement);
        db.Record(Actor.Of(ctx), "DELETED", nameof(Requirement), requirement.Id, before: Snapshot(requirement, requirement.Framework!));
        return await SaveAsync(db, What, ctx.CancellationToken) is { } failed
            ? new DeletePayload(null, [failed])
            : new DeletePayload(GlobalId.Encode("Requirement", requirement.Id), []);
    }

    private static async Task<UserError?> ParentProblemAsync(GraphDbContext db, Requirement requirement, long parentId, CancellationToken ct)
    {
        var parents = await db.Requirements.Where(r => r.FrameworkId == requirement.FrameworkId)
            .ToDictionaryAsync(r => r.Id, r => r.ParentId, ct);
        if (!parents.ContainsKey(parentId))
        {
            return new UserError(UserErrorCodes.Validation, "The parent must be a requirement of the same framework.", "parentId");
        }

        for (long? at = parentId; at is { } id; at = parents[id])
        {
            if (id == requirement.Id)
            {
                return new UserError(UserErrorCodes.Validation, "A requirement cannot move below itself.", "parentId");
            }
        }

        return null;
    }

    private static Task<bool> RefTakenAsync(GraphDbContext db, long frameworkId, string reference, long exceptId, CancellationToken ct)
        => db.Requirements.AnyAsync(r => r.FrameworkId == frameworkId && r.Ref == reference && r.Id != exceptId, ct);

    private static async Task<int> NextSortOrderAsync(GraphDbContext db, long frameworkId, long? parentId, CancellationToken ct)
        => (await db.Requirements.Where(r => r.FrameworkId == frameworkId && r.ParentId == parentId)
            .MaxAsync(r => (int?)r.SortOrder, ct) ?? 0) + 1;

    private static object Snapshot(Requirement r, Framework f)
        => new { Framework = f.Key, FrameworkVersion = f.CatalogVersion, r.Ref, r.Title, r.Text, r.ParentId };
}
