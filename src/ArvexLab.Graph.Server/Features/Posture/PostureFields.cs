using ArvexLab.Graph.GraphQL.DataLoader;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.Server.Data.Entities;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Posture;

/// <summary>Adds <c>posture</c> to the Vendor type: the postures (with flags) of all vendors at one level load in one query.</summary>
public static class PostureFields
{
    public static void AddPostureField(this ObjectGraphType<Vendor> vendor)
    {
        vendor.Field<VendorPostureType>("posture")
            .Description("The vendor's posture: score, grade and flags. Null until first computed (seconds after the vendor is added).")
            .Reads("Id")
            .Resolve(ctx =>
            {
                var services = ctx.RequestServices!;
                var scopes = services.GetRequiredService<IQueryScopeFactory>();
                var loader = services.GetRequiredService<DataLoaderContext>().GetOrAdd("posture:byVendor", () => new BatchLoader<long, VendorPosture?>(
                    async (keys, ct) =>
                    {
                        await using var scope = scopes.Open();
                        var rows = await scope.Set<VendorPosture>().AsNoTracking().Include(p => p.Flags)
                            .Where(p => keys.Contains(p.VendorId)).ToListAsync(ct);
                        return rows.ToDictionary(p => p.VendorId, p => (VendorPosture?)p);
                    },
                    missing: null));
                return loader.Load(ctx.Source.Id);
            });
    }
}
