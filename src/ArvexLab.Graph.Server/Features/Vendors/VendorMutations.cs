using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Audit;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Features.Posture;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Vendors;

public static class VendorMutations
{
    public static void AddVendorMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<VendorPayloadType>>("createVendor")
            .Description("Adds a vendor.")
            .Argument<NonNullGraphType<CreateVendorInputType>>("input", "The new vendor.")
            .AuthorizeWithPolicy(GraphPolicies.ManageVendors)
            .ResolveAsync(async ctx => await CreateAsync(ctx, ctx.GetArgument<Dictionary<string, object?>>("input")));

        mutation.Field<NonNullGraphType<VendorPayloadType>>("updateVendor")
            .Description("Changes a vendor's details.")
            .Argument<NonNullGraphType<UpdateVendorInputType>>("input", "The changes.")
            .AuthorizeWithPolicy(GraphPolicies.ManageVendors)
            .ResolveAsync(async ctx => await UpdateAsync(ctx, ctx.GetArgument<Dictionary<string, object?>>("input")));

        mutation.Field<NonNullGraphType<VendorPayloadType>>("archiveVendor")
            .Description("Archives a vendor: it stays readable with its evidence, but leaves active lists.")
            .Argument<NonNullGraphType<VendorVersionInputType>>("input", "The vendor and its version.")
            .AuthorizeWithPolicy(GraphPolicies.ManageVendors)
            .ResolveAsync(async ctx => await SetStatusAsync(ctx, VendorStatus.Archived));

        mutation.Field<NonNullGraphType<VendorPayloadType>>("restoreVendor")
            .Description("Makes an archived vendor active again.")
            .Argument<NonNullGraphType<VendorVersionInputType>>("input", "The vendor and its version.")
            .AuthorizeWithPolicy(GraphPolicies.ManageVendors)
            .ResolveAsync(async ctx => await SetStatusAsync(ctx, VendorStatus.Active));
    }

    private static async Task<VendorPayload> CreateAsync(IResolveFieldContext ctx, Dictionary<string, object?> input)
    {
        var name = (input["name"] as string)?.Trim();
        var website = VendorValidation.CleanText(input.GetValueOrDefault("website") as string);
        var services = VendorValidation.CleanList(Strings(input, "services"));
        var tags = VendorValidation.CleanList(Strings(input, "tags"));
        var errors = VendorValidation.Check(name ?? "", website, services, tags).ToList();
        await using var db = Db(ctx);
        if (errors.Count == 0 && await NameTakenAsync(db, name!, exceptId: null, ctx.CancellationToken))
        {
            errors.Add(new UserError(UserErrorCodes.Duplicate, "Another vendor already has this name.", "name"));
        }

        if (errors.Count > 0)
        {
            return new VendorPayload(null, errors);
        }

        var now = DateTimeOffset.UtcNow;
        var vendor = new Vendor
        {
            Name = name!,
            Website = website,
            Criticality = input.GetValueOrDefault("criticality") as Criticality? ?? Criticality.Medium,
            Services = services,
            Tags = tags,
            Owner = VendorValidation.CleanText(input.GetValueOrDefault("owner") as string),
            Notes = VendorValidation.CleanText(input.GetValueOrDefault("notes") as string),
            CreatedAt = now,
            UpdatedAt = now,
        };
        // The audit row needs the new ID: both saves commit together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ctx.CancellationToken);
        db.Vendors.Add(vendor);
        await db.SaveChangesAsync(ctx.CancellationToken);
        db.Record(Actor.Of(ctx), "CREATED", nameof(Vendor), vendor.Id, after: Snapshot(vendor), vendorId: vendor.Id);
        await db.SaveChangesAsync(ctx.CancellationToken);
        await transaction.CommitAsync(ctx.CancellationToken);
        return new VendorPayload(vendor, []);
    }

    private static async Task<VendorPayload> UpdateAsync(IResolveFieldContext ctx, Dictionary<string, object?> input)
    {
        await using var db = Db(ctx);
        var (vendor, failure) = await FindForChangeAsync(db, input, ctx.CancellationToken);
        if (vendor is null)
        {
            return failure!;
        }

        var name = input.ContainsKey("name") ? (input["name"] as string)?.Trim() : null;
        var website = input.ContainsKey("website") ? VendorValidation.CleanText(input["website"] as string) : vendor.Website;
        var services = input.ContainsKey("services") ? VendorValidation.CleanList(Strings(input, "services")) : null;
        var tags = input.ContainsKey("tags") ? VendorValidation.CleanList(Strings(input, "tags")) : null;
        var errors = VendorValidation.Check(input.ContainsKey("name") ? name ?? "" : null, website, services, tags).ToList();
        if (errors.Count == 0 && name is not null && await NameTakenAsync(db, name, vendor.Id, ctx.CancellationToken))
        {
            errors.Add(new UserError(UserErrorCodes.Duplicate, "Another vendor already has this name.", "name"));
        }

        if (errors.Count > 0)
        {
            return new VendorPayload(null, errors);
        }

        var before = Snapshot(vendor);
        vendor.Name = name ?? vendor.Name;
        vendor.Website = website;
        vendor.Criticality = input.GetValueOrDefault("criticality") as Criticality? ?? vendor.Criticality;
        vendor.Services = services ?? vendor.Services;
        vendor.Tags = tags ?? vendor.Tags;
        vendor.Owner = input.ContainsKey("owner") ? VendorValidation.CleanText(input["owner"] as string) : vendor.Owner;
        vendor.Notes = input.ContainsKey("notes") ? VendorValidation.CleanText(input["notes"] as string) : vendor.Notes;
        return await SaveAsync(ctx, db, vendor, "UPDATED", before);
    }

    private static async Task<VendorPayload> SetStatusAsync(IResolveFieldContext ctx, VendorStatus status)
    {
        await using var db = Db(ctx);
        var (vendor, failure) = await FindForChangeAsync(db, ctx.GetArgument<Dictionary<string, object?>>("input"), ctx.CancellationToken);
        if (vendor is null)
        {
            return failure!;
        }

        var before = Snapshot(vendor);
        vendor.Status = status;
        vendor.ArchivedAt = status == VendorStatus.Archived ? DateTimeOffset.UtcNow : null;
        return await SaveAsync(ctx, db, vendor, status == VendorStatus.Archived ? "ARCHIVED" : "RESTORED", before);
    }

    private static async Task<VendorPayload> SaveAsync(IResolveFieldContext ctx, GraphDbContext db, Vendor vendor, string action, object before)
    {
        vendor.UpdatedAt = DateTimeOffset.UtcNow;
        db.Record(Actor.Of(ctx), action, nameof(Vendor), vendor.Id, before, Snapshot(vendor), vendorId: vendor.Id);
        try
        {
            await db.SaveChangesAsync(ctx.CancellationToken);
            // The services the customer consumes decide the scope flag.
            await PostureStaleness.MarkAsync(db, vendor.Id, ctx.CancellationToken);
            return new VendorPayload(vendor, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = Db(ctx);
            var current = await fresh.Vendors.AsNoTracking().FirstOrDefaultAsync(v => v.Id == vendor.Id, ctx.CancellationToken);
            return new VendorPayload(current, [Conflict()]);
        }
    }

    // Loads the vendor and pins the version the client read, so a concurrent change is a CONFLICT.
    private static async Task<(Vendor?, VendorPayload?)> FindForChangeAsync(GraphDbContext db, Dictionary<string, object?> input, CancellationToken ct)
    {
        var id = GlobalId.Decode((string)input["id"]!, "Vendor");
        var version = Convert.ToInt32(input["version"], System.Globalization.CultureInfo.InvariantCulture);
        var vendor = await db.Vendors.FirstOrDefaultAsync(v => v.Id == id, ct);
        if (vendor is null)
        {
            return (null, new VendorPayload(null, [new UserError(UserErrorCodes.NotFound, "No vendor has this ID.", "id")]));
        }

        if (vendor.Version != version)
        {
            return (null, new VendorPayload(vendor, [Conflict()]));
        }

        db.Entry(vendor).Property(v => v.Version).OriginalValue = version;
        return (vendor, null);
    }

    private static UserError Conflict() => new(UserErrorCodes.Conflict,
        "The vendor was changed by someone else; reload it and apply your change again.", "version");

    private static Task<bool> NameTakenAsync(GraphDbContext db, string name, long? exceptId, CancellationToken ct)
    {
        var lowered = name.ToLowerInvariant();
        return db.Vendors.AnyAsync(v => v.Name.ToLower() == lowered && v.Id != (exceptId ?? 0), ct);
    }

    private static List<string>? Strings(Dictionary<string, object?> input, string key)
        => (input.GetValueOrDefault(key) as IEnumerable<object?>)?.OfType<string>().ToList();

    private static object Snapshot(Vendor v)
        => new { v.Name, v.Website, Criticality = v.Criticality.ToString(), v.Services, v.Tags, v.Owner, v.Notes, Status = v.Status.ToString() };

    private static GraphDbContext Db(IResolveFieldContext ctx)
        => ctx.RequestServices!.GetRequiredService<IGraphDbContextFactory>().Create();
}
