using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Audit;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using static ArvexLab.Graph.Server.Features.Frameworks.Admin.CatalogEdits;

namespace ArvexLab.Graph.Server.Features.Frameworks.Admin;

/// <summary>
/// Imports a framework file (the inverse of <c>Framework.export</c>). A key and version not stored yet become a new
/// framework version beside the older ones, which stay readable with everything mapped to them. The same key and
/// version update that version in place: texts and the tree change, requirements missing from the file are kept (so no
/// control mapping loses its target), and the framework's outgoing crosswalk rows become exactly the file's.
/// </summary>
internal static class FrameworkImportMutation
{
    /// <summary>Larger than every shipped catalog (the biggest is ~150 kB) by far, small enough to parse in memory.</summary>
    public const int MaxContentLength = 5_000_000;
    private const int MaxReportedErrors = 20;

    public static void AddFrameworkImport(this ObjectGraphType mutation)
        => mutation.Field<NonNullGraphType<ImportFrameworkPayloadType>>("importFramework")
            .Description("Imports a framework version with its requirements and outgoing crosswalk rows from a JSON or CSV file.")
            .Argument<NonNullGraphType<ImportFrameworkInputType>>("input", "The file.")
            .AuthorizeWithPolicy(GraphPolicies.ManageFrameworks)
            .ResolveAsync(async ctx => await ImportAsync(ctx, Input(ctx)));

    private static async Task<ImportPayload> ImportAsync(IResolveFieldContext ctx, Dictionary<string, object?> input)
    {
        var builtIn = input.GetValueOrDefault("builtIn") is true;
        long? owner = builtIn ? null : ctx.User?.OrganizationId() ?? -1;
        if (CatalogPermissions.Check(ctx, owner, "builtIn") is { } forbidden)
        {
            return Fail(forbidden);
        }

        var content = (string)input["content"]!;
        if (content.Length > MaxContentLength)
        {
            return Fail(new UserError(UserErrorCodes.Validation, $"The file is larger than {MaxContentLength} characters.", "content"));
        }

        FrameworkDocument document;
        try
        {
            document = FrameworkFiles.Read(content, (FrameworkFileFormat)input["format"]!);
        }
        catch (FormatException e)
        {
            return Fail(new UserError(UserErrorCodes.Validation, e.Message, "content"));
        }

        var errors = CatalogValidation.Framework(document.Key, document.Name, document.CatalogVersion, document.Source)
            .Select(e => e with { Field = "content" })
            .Concat(document.Validate().Select(Invalid))
            .ToList();
        await using var db = Db(ctx);
        if (owner is not null && await db.Frameworks.AnyAsync(f => f.Key == document.Key && f.OrganizationId == null, ctx.CancellationToken))
        {
            errors.Add(new UserError(UserErrorCodes.Duplicate, $"A built-in catalog already uses the key '{document.Key}'.", "content"));
        }

        if (owner is null && CatalogPermissions.IsShipped(ctx, document.Key, document.CatalogVersion))
        {
            errors.Add(new UserError(UserErrorCodes.ReadOnly,
                $"{document.Key} {document.CatalogVersion} ships with the product and is restored from its files on every start; give the file a new catalog version.", "content"));
        }

        if (errors.Count > 0)
        {
            return new ImportPayload(null, false, errors.Take(MaxReportedErrors).ToList());
        }

        return await StoreAsync(ctx, db, document, owner);
    }

    private static async Task<ImportPayload> StoreAsync(IResolveFieldContext ctx, GraphDbContext db, FrameworkDocument document, long? owner)
    {
        var created = !await db.Frameworks.AnyAsync(f => f.Key == document.Key && f.CatalogVersion == document.CatalogVersion
            && f.OrganizationId == owner, ctx.CancellationToken);
        var importer = new FrameworkImporter(db);
        await using var transaction = await db.Database.BeginTransactionAsync(ctx.CancellationToken);
        Framework framework;
        try
        {
            framework = await importer.ImportRequirementsAsync(document, owner, ctx.CancellationToken);
            await importer.SyncMappingsAsync(framework, document.Mappings, ctx.CancellationToken);
        }
        catch (FrameworkImportException e)
        {
            return new ImportPayload(null, false, e.Errors.Take(MaxReportedErrors).Select(Invalid).ToList());
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            return Fail(new UserError(UserErrorCodes.Duplicate, "The same framework version was just imported by someone else; import again to update it.", "content"));
        }

        db.Record(Actor.Of(ctx), created ? "IMPORTED" : "REIMPORTED", nameof(Framework), framework.Id, after: new
        {
            document.Key,
            Version = document.CatalogVersion,
            Requirements = document.Requirements.Count,
            Mappings = document.Mappings.Count,
        });
        await db.SaveChangesAsync(ctx.CancellationToken);
        await transaction.CommitAsync(ctx.CancellationToken);
        return new ImportPayload(framework, created, []);
    }

    private static UserError Invalid(string message) => new(UserErrorCodes.Validation, message, "content");

    private static ImportPayload Fail(UserError error) => new(null, false, [error]);
}
