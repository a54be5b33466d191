using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Audit;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using static ArvexLab.Graph.Server.Features.Frameworks.Admin.CatalogEdits;

namespace ArvexLab.Graph.Server.Features.Frameworks.Admin;

/// <summary>
/// Editing crosswalk rows. A row belongs to the organization whose requirement it touches (built in only when both
/// ends are built in), so an organization can map its own framework to the built-in catalogs, but never the reverse
/// way into another organization's view.
/// </summary>
internal static class RequirementMappingMutations
{
    private const string What = "crosswalk row";

    public static void AddRequirementMappingMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RequirementMappingPayloadType>>("createRequirementMapping")
            .Description("Adds a crosswalk row between requirements of two frameworks.")
            .Argument<NonNullGraphType<CreateRequirementMappingInputType>>("input", "The new row.")
            .AuthorizeWithPolicy(GraphPolicies.ManageFrameworks)
            .ResolveAsync(async ctx => await CreateAsync(ctx, Input(ctx)));

        mutation.Field<NonNullGraphType<RequirementMappingPayloadType>>("updateRequirementMapping")
            .Description("Changes a crosswalk row's relationship or source.")
            .Argument<NonNullGraphType<UpdateRequirementMappingInputType>>("input", "The changes.")
            .AuthorizeWithPolicy(GraphPolicies.ManageFrameworks)
            .ResolveAsync(async ctx => await UpdateAsync(ctx, Input(ctx)));

        mutation.Field<NonNullGraphType<DeleteCatalogItemPayloadType>>("deleteRequirementMapping")
            .Description("Deletes a crosswalk row.")
            .Argument<NonNullGraphType<DeleteCatalogItemInputType>>("input", "The row and its revision.")
            .AuthorizeWithPolicy(GraphPolicies.ManageFrameworks)
            .ResolveAsync(async ctx => await DeleteAsync(ctx, Input(ctx)));
    }

    private static async Task<CatalogPayload<RequirementMapping>> CreateAsync(IResolveFieldContext ctx, Dictionary<string, object?> input)
    {
        await using var db = Db(ctx);
        var sourceId = Id(input, "sourceRequirementId", "Requirement");
        var targetId = Id(input, "targetRequirementId", "Requirement");
        var ends = await db.Requirements.Where(r => r.Id == sourceId || r.Id == targetId)
            .Select(r => new { r.Id, r.FrameworkId, r.OrganizationId, r.Framework!.Key, r.Framework.CatalogVersion }).ToListAsync(ctx.CancellationToken);
        var source = ends.FirstOrDefault(e => e.Id == sourceId);
        var target = ends.FirstOrDefault(e => e.Id == targetId);
        if (source is null || target is null)
        {
            return CatalogPayload<RequirementMapping>.Fail(NotFound("requirement", source is null ? "sourceRequirementId" : "targetRequirementId"));
        }

        var owner = source.OrganizationId ?? target.OrganizationId;
        if (CatalogPermissions.Check(ctx, owner, "sourceRequirementId") is { } forbidden)
        {
            return CatalogPayload<RequirementMapping>.Fail(forbidden);
        }

        // The loader keeps a shipped catalog's outgoing built-in rows exactly as its crosswalk files say.
        if (owner is null && CatalogPermissions.IsShipped(ctx, source.Key, source.CatalogVersion))
        {
            return CatalogPayload<RequirementMapping>.Fail(ShippedSource(source.Key, source.CatalogVersion, "sourceRequirementId"));
        }

        var sourceText = Text(input, "source") ?? "";
        var errors = CatalogValidation.MappingSource(sourceText).ToList();
        if (source.FrameworkId == target.FrameworkId)
        {
            errors.Add(new UserError(UserErrorCodes.Validation, "A crosswalk row joins requirements of two different frameworks.", "targetRequirementId"));
        }

        if (errors.Count == 0 && await db.RequirementMappings.AnyAsync(m => m.SourceRequirementId == sourceId
            && m.TargetRequirementId == targetId && m.OrganizationId == owner, ctx.CancellationToken))
        {
            errors.Add(new UserError(UserErrorCodes.Duplicate, "These two requirements are already mapped.", "targetRequirementId"));
        }

        if (errors.Count > 0)
        {
            return new CatalogPayload<RequirementMapping>(null, errors);
        }

        var mapping = new RequirementMapping
        {
            OrganizationId = owner,
            SourceRequirementId = sourceId,
            TargetRequirementId = targetId,
            Relationship = (MappingRelationship)input["relationship"]!,
            Source = sourceText,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ctx.CancellationToken);
        db.RequirementMappings.Add(mapping);
        if (await SaveAsync(db, What, ctx.CancellationToken) is { } failed)
        {
            return CatalogPayload<RequirementMapping>.Fail(failed);
        }

        db.Record(Actor.Of(ctx), "CREATED", nameof(RequirementMapping), mapping.Id, after: Snapshot(mapping));
        await db.SaveChangesAsync(ctx.CancellationToken);
        await transaction.CommitAsync(ctx.CancellationToken);
        return new CatalogPayload<RequirementMapping>(mapping, []);
    }

    private static async Task<CatalogPayload<RequirementMapping>> UpdateAsync(IResolveFieldContext ctx, Dictionary<string, object?> input)
    {
        await using var db = Db(ctx);
        var mapping = await db.RequirementMappings.Include(m => m.SourceRequirement!).ThenInclude(r => r.Framework)
            .FirstOrDefaultAsync(m => m.Id == Id(input, "id", "RequirementMapping"), ctx.CancellationToken);
        if (mapping is null)
        {
            return CatalogPayload<RequirementMapping>.Fail(NotFound(What));
        }

        var source = input.ContainsKey("source") ? Text(input, "source") ?? "" : null;
        var errors = CatalogValidation.MappingSource(source).ToList();
        if (Editable(ctx, mapping) is { } forbidden)
        {
            errors.Insert(0, forbidden);
        }

        if (errors.Count > 0)
        {
            return new CatalogPayload<RequirementMapping>(null, errors);
        }

        if (Pin(db, mapping, input, What) is { } conflict)
        {
            return new CatalogPayload<RequirementMapping>(mapping, [conflict]);
        }

        var before = Snapshot(mapping);
        mapping.Relationship = input.GetValueOrDefault("relationship") as MappingRelationship? ?? mapping.Relationship;
        mapping.Source = source ?? mapping.Source;
        db.Record(Actor.Of(ctx), "UPDATED", nameof(RequirementMapping), mapping.Id, before, Snapshot(mapping));
        if (await SaveAsync(db, What, ctx.CancellationToken) is { } failed)
        {
            await using var fresh = Db(ctx);
            return new CatalogPayload<RequirementMapping>(await fresh.RequirementMappings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == mapping.Id, ctx.CancellationToken), [failed]);
        }

        return new CatalogPayload<RequirementMapping>(mapping, []);
    }

    private static async Task<DeletePayload> DeleteAsync(IResolveFieldContext ctx, Dictionary<string, object?> input)
    {
        await using var db = Db(ctx);
        var mapping = await db.RequirementMappings.Include(m => m.SourceRequirement!).ThenInclude(r => r.Framework)
            .FirstOrDefaultAsync(m => m.Id == Id(input, "id", "RequirementMapping"), ctx.CancellationToken);
        if (mapping is null)
        {
            return new DeletePayload(null, [NotFound(What)]);
        }

        if ((Editable(ctx, mapping) ?? Pin(db, mapping, input, What)) is { } refused)
        {
            return new DeletePayload(null, [refused]);
        }

        db.RequirementMappings.Remove(mapping);
        db.Record(Actor.Of(ctx), "DELETED", nameof(RequirementMapping), mapping.Id, before: Snapshot(mapping));
        return await SaveAsync(db, What, ctx.CancellationToken) is { } failed
            ? new DeletePayload(null, [failed])
            : new DeletePayload(GlobalId.Encode("RequirementMapping", mapping.Id), []);
    }

    private static UserError? Editable(IResolveFieldContext ctx, RequirementMapping mapping)
    {
        var source = mapping.SourceRequirement!.Framework!;
        return CatalogPermissions.Check(ctx, mapping.OrganizationId)
            ?? (mapping.OrganizationId is null && CatalogPermissions.IsShipped(ctx, source.Key, source.CatalogVersion)
                ? ShippedSource(source.Key, source.CatalogVersion, "id")
                : null);
    }

    private static UserError ShippedSource(string key, string version, string field) => new(UserErrorCodes.ReadOnly,
        $"Built-in crosswalk rows from {key} {version} ship with the product and are restored from its files on every start; import a new catalog version instead.", field);

    private static object Snapshot(RequirementMapping m) => new
    {
        m.SourceRequirementId,
        m.TargetRequirementId,
        Relationship = m.Relationship.ToString().ToUpperInvariant(),
        m.Source,
    };
}
