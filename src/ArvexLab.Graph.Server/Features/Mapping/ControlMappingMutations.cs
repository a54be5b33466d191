using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Audit;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Mapping;

/// <summary>Reviewers confirm, reject or add control mappings; every decision is audited in the same transaction.</summary>
public static class ControlMappingMutations
{
    public static void AddControlMappingMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ControlMappingPayloadType>>("reviewControlMapping")
            .Description("Confirms or rejects a control mapping. A rejected mapping is never proposed again.")
            .Argument<NonNullGraphType<ReviewControlMappingInputType>>("input", "The mapping, its version and the decision.")
            .AuthorizeWithPolicy(GraphPolicies.Review)
            .ResolveAsync(async ctx => await ReviewAsync(ctx, ctx.GetArgument<Dictionary<string, object?>>("input")));

        mutation.Field<NonNullGraphType<ControlMappingPayloadType>>("addControlMapping")
            .Description("Maps a control to a requirement by hand (method MANUAL, confirmed).")
            .Argument<NonNullGraphType<AddControlMappingInputType>>("input", "The control and the requirement.")
            .AuthorizeWithPolicy(GraphPolicies.Review)
            .ResolveAsync(async ctx => await AddAsync(ctx, ctx.GetArgument<Dictionary<string, object?>>("input")));
    }

    private static async Task<ControlMappingPayload> ReviewAsync(IResolveFieldContext ctx, Dictionary<string, object?> input)
    {
        if (!GlobalId.TryDecode(input["id"] as string, out var type, out var id) || type != "ControlMapping")
        {
            return Failed(UserErrorCodes.NotFound, "No control mapping has this ID.", "id");
        }

        var version = Convert.ToInt32(input["version"], System.Globalization.CultureInfo.InvariantCulture);
        await using var db = Db(ctx);
        var mapping = await db.ControlMappings.FirstOrDefaultAsync(m => m.Id == id, ctx.CancellationToken);
        if (mapping is null)
        {
            return Failed(UserErrorCodes.NotFound, "No control mapping has this ID.", "id");
        }

        if (mapping.Version != version)
        {
            return new ControlMappingPayload(mapping, [Conflict()]);
        }

        db.Entry(mapping).Property(m => m.Version).OriginalValue = version;
        var before = Snapshot(mapping);
        var decision = (MappingDecision)input["decision"]!;
        mapping.ReviewState = decision == MappingDecision.Confirm ? ReviewState.Confirmed : ReviewState.Rejected;
        var vendorId = await VendorOfControlAsync(db, mapping.ControlId, ctx.CancellationToken);
        db.Record(Actor.Of(ctx), decision == MappingDecision.Confirm ? "MAPPING_CONFIRMED" : "MAPPING_REJECTED", nameof(ControlMapping), mapping.Id,
            before, Snapshot(mapping), vendorId: vendorId.VendorId, documentId: vendorId.DocumentId, comment: input.GetValueOrDefault("comment") as string);
        try
        {
            await db.SaveChangesAsync(ctx.CancellationToken);
            return new ControlMappingPayload(mapping, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = Db(ctx);
            return new ControlMappingPayload(await fresh.ControlMappings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ctx.CancellationToken), [Conflict()]);
        }
    }

    private static async Task<ControlMappingPayload> AddAsync(IResolveFieldContext ctx, Dictionary<string, object?> input)
    {
        await using var db = Db(ctx);
        var controlId = Decode(input["controlId"], "Control");
        var requirementId = Decode(input["requirementId"], "Requirement");
        var control = controlId is null ? null : await db.Controls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == controlId, ctx.CancellationToken);
        if (control is null)
        {
            return Failed(UserErrorCodes.NotFound, "No control has this ID.", "controlId");
        }

        // Built-in requirements are visible to everyone; another organization's own ones are filtered out like missing ones.
        if (requirementId is null || !await db.Requirements.AnyAsync(r => r.Id == requirementId, ctx.CancellationToken))
        {
            return Failed(UserErrorCodes.NotFound, "No requirement has this ID.", "requirementId");
        }

        var existing = await db.ControlMappings.AsNoTracking()
            .FirstOrDefaultAsync(m => m.ControlId == control.Id && m.RequirementId == requirementId, ctx.CancellationToken);
        if (existing is not null)
        {
            return new ControlMappingPayload(existing, [new UserError(UserErrorCodes.Duplicate,
                "The control is already mapped to this requirement; confirm or reject that mapping instead.", "requirementId")]);
        }

        var mapping = new ControlMapping
        {
            ControlId = control.Id,
            RequirementId = requirementId.Value,
            Method = ControlMappingMethod.Manual,
            Confidence = 1,
            ReviewState = ReviewState.Confirmed,
        };
        var vendor = await VendorOfControlAsync(db, control.Id, ctx.CancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(ctx.CancellationToken);
        db.ControlMappings.Add(mapping);
        await db.SaveChangesAsync(ctx.CancellationToken);
        db.Record(Actor.Of(ctx), "MAPPING_ADDED", nameof(ControlMapping), mapping.Id, after: Snapshot(mapping),
            vendorId: vendor.VendorId, documentId: vendor.DocumentId, comment: input.GetValueOrDefault("comment") as string);
        await db.SaveChangesAsync(ctx.CancellationToken);
        await transaction.CommitAsync(ctx.CancellationToken);
        return new ControlMappingPayload(mapping, []);
    }

    private static async Task<(long? VendorId, long? DocumentId)> VendorOfControlAsync(GraphDbContext db, long controlId, CancellationToken ct)
    {
        var row = await db.Controls.Where(c => c.Id == controlId).Select(c => new { c.DocumentId, c.Document!.VendorId }).FirstOrDefaultAsync(ct);
        return (row?.VendorId, row?.DocumentId);
    }

    private static long? Decode(object? id, string type) =>
        GlobalId.TryDecode(id as string, out var actual, out var key) && actual == type ? key : null;

    private static ControlMappingPayload Failed(string code, string message, string field) => new(null, [new UserError(code, message, field)]);

    private static UserError Conflict() => new(UserErrorCodes.Conflict,
        "The mapping was changed by someone else; reload it and decide again.", "version");

    private static object Snapshot(ControlMapping m) => new
    {
        m.ControlId, m.RequirementId, Method = m.Method.ToString(), m.Confidence, m.Path, ReviewState = m.ReviewState.ToString(),
    };

    private static GraphDbContext Db(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<IGraphDbContextFactory>().Create();
}
