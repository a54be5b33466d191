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

/// <summary>Creating, describing and deleting framework versions (their requirements and rows: see the sibling files).</summary>
public static class FrameworkMutations
{
    private const string What = "framework";

    public static void AddFrameworkMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<FrameworkPayloadType>>("createFramework")
            .Description("Adds a framework version: the organization's own (org admins), or a built-in catalog (platform administrators).")
            .Argument<NonNullGraphType<CreateFrameworkInputType>>("input", "The new framework.")
            .AuthorizeWithPolicy(GraphPolicies.ManageFrameworks)
            .ResolveAsync(async ctx => await CreateAsync(ctx, Input(ctx)));

        mutation.Field<NonNullGraphType<FrameworkPayloadType>>("updateFramework")
            .Description("Changes a framework's name, description or source.")
            .Argument<NonNullGraphType<UpdateFrameworkInputType>>("input", "The changes.")
            .AuthorizeWithPolicy(GraphPolicies.ManageFrameworks)
            .ResolveAsync(async ctx => await UpdateAsync(ctx, Input(ctx)));

        mutation.Field<NonNullGraphType<DeleteCatalogItemPayloadType>>("deleteFramework")
            .Description("Deletes a framework version with its requirements and crosswalk rows; IN_USE while control mappings point at it.")
            .Argument<NonNullGraphType<DeleteCatalogItemInputType>>("input", "The framework and its revision.")
            .AuthorizeWithPolicy(GraphPolicies.ManageFrameworks)
            .ResolveAsync(async ctx => await DeleteAsync(ctx, Input(ctx)));

        mutation.AddRequirementMutations();
        mutation.AddRequirementMappingMutations();
        mutation.AddFrameworkImport();
    }

    private static async Task<CatalogPayload<Framework>> CreateAsync(IResolveFieldContext ctx, Dictionary<string, object?> input)
    {
        var builtIn = input.GetValueOrDefault("builtIn") is true;
        long? organizationId = builtIn ? null : ctx.User?.OrganizationId() ?? -1;
        if (CatalogPermissions.Check(ctx, organizationId, "builtIn") is { } forbidden)
        {
            return CatalogPayload<Framework>.Fail(forbidden);
        }

        var (key, name, version) = (Text(input, "key") ?? "", Text(input, "name") ?? "", Text(input, "version") ?? "");
        var (description, source) = (Text(input, "description"), Text(input, "source"));
        var errors = CatalogValidation.Framework(key, name, version, source).ToList();
        await using var db = Db(ctx);
        if (errors.Count == 0 && await KeyTakenAsync(db, key, version, organizationId, ctx.CancellationToken) is { } taken)
        {
            errors.Add(taken);
        }

        if (errors.Count > 0)
        {
            return new CatalogPayload<Framework>(null, errors);
        }

        var framework = new Framework
        {
            Key = key,
            Name = name,
            CatalogVersion = version,
            Description = description,
            Source = source,
            OrganizationId = organizationId,
            IsBuiltIn = builtIn,
        };
        // The audit row needs the new ID: both saves commit together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ctx.CancellationToken);
        db.Frameworks.Add(framework);
        if (await SaveAsync(db, What, ctx.CancellationToken) is { } failed)
        {
            return CatalogPayload<Framework>.Fail(failed);
        }

        db.Record(Actor.Of(ctx), "CREATED", nameof(Framework), framework.Id, after: Snapshot(framework));
        await db.SaveChangesAsync(ctx.CancellationToken);
        await transaction.CommitAsync(ctx.CancellationToken);
        return new CatalogPayload<Framework>(framework, []);
    }

    private static async Task<CatalogPayload<Framework>> UpdateAsync(IResolveFieldContext ctx, Dictionary<string, object?> input)
    {
        await using var db = Db(ctx);
        var framework = await db.Frameworks.FirstOrDefaultAsync(f => f.Id == Id(input, "id", "Framework"), ctx.CancellationToken);
        if (framework is null)
        {
            return CatalogPayload<Framework>.Fail(NotFound(What));
        }

        var name = input.ContainsKey("name") ? Text(input, "name") ?? "" : null;
        var source = input.ContainsKey("source") ? Text(input, "source") : framework.Source;
        var errors = CatalogValidation.Framework(null, name, null, source).ToList();
        if (CatalogPermissions.CheckEditable(ctx, framework) is { } forbidden)
        {
            errors.Insert(0, forbidden);
        }

        if (errors.Count > 0)
        {
            return new CatalogPayload<Framework>(null, errors);
        }

        if (Pin(db, framework, input, What) is { } conflict)
        {
            return new CatalogPayload<Framework>(framework, [conflict]);
        }

        var before = Snapshot(framework);
        framework.Name = name ?? framework.Name;
        framework.Description = input.ContainsKey("description") ? Text(input, "description") : framework.Description;
        framework.Source = source;
        db.Record(Actor.Of(ctx), "UPDATED", nameof(Framework), framework.Id, before, Snapshot(framework));
        return await SaveAsync(db, What, ctx.CancellationToken) is { } failed
            ? new CatalogPayload<Framework>(await CurrentAsync(ctx, framework.Id), [failed])
            : new CatalogPayload<Framework>(framework, []);
    }

    private static async Task<DeletePayload> DeleteAsync(IResolveFieldContext ctx, Dictionary<string, object?> input)
    {
        await using var db = Db(ctx);
        var framework = await db.Frameworks.FirstOrDefaultAsync(f => f.Id == Id(input, "id", "Framework"), ctx.CancellationToken);
        if (framework is null)
        {
            return new DeletePayload(null, [NotFound(What)]);
        }

        if ((CatalogPermissions.CheckEditable(ctx, framework) ?? Pin(db, framework, input, What)) is { } refused)
        {
            return new DeletePayload(null, [refused]);
        }

        var requirementIds = db.Requirements.Where(r => r.FrameworkId == framework.Id).Select(r => r.Id);
        if (await CatalogUsage.CheckAsync(db, requirementIds, framework.OrganizationId, "framework", ctx.CancellationToken) is { } inUse)
        {
            return new DeletePayload(null, [inUse]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ctx.CancellationToken);
        // The tree's parent links restrict deletes; cut them so the framework's cascade can take every requirement.
        await db.Requirements.Where(r => r.FrameworkId == framework.Id && r.ParentId != null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ParentId, (long?)null), ctx.CancellationToken);
        db.Frameworks.Remove(framework);
        db.Record(Actor.Of(ctx), "DELETED", nameof(Framework), framework.Id, before: Snapshot(framework));
        if (await SaveAsync(db, What, ctx.CancellationToken) is { } failed)
        {
            return new DeletePayload(null, [failed]);
        }

        await transaction.CommitAsync(ctx.CancellationToken);
        return new DeletePayload(GlobalId.Encode("Framework", framework.Id), []);
    }

    // One key names one catalog across owners: an organization's framework cannot reuse a built-in key, or `framework(key:)` would be ambiguous.
    private static async Task<UserError?> KeyTakenAsync(GraphDbContext db, string key, string version, long? organizationId, CancellationToken ct)
    {
        var owners = await db.Frameworks.Where(f => f.Key == key).Select(f => new { f.OrganizationId, f.CatalogVersion }).ToListAsync(ct);
        if (organizationId is not null && owners.Any(o => o.OrganizationId is null))
        {
            return new UserError(UserErrorCodes.Duplicate, "A built-in catalog already uses this key.", "key");
        }

        return owners.Any(o => o.OrganizationId == organizationId && o.CatalogVersion == version)
            ? new UserError(UserErrorCodes.Duplicate, "This framework version already exists.", "version")
            : null;
    }

    private static async Task<Framework?> CurrentAsync(IResolveFieldContext ctx, long id)
    {
        await using var fresh = Db(ctx);
        return await fresh.Frameworks.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ctx.CancellationToken);
    }

    internal static object Snapshot(Framework f) => new { f.Key, f.Name, Version = f.CatalogVersion, f.Description, f.Source, f.IsBuiltIn };
}
