using ArvexLab.Graph.GraphQL.DataLoader;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Frameworks;
using ArvexLab.Graph.Server.Features.Mapping;
using ArvexLab.Graph.Server.Features.Vendors;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Cuecs;

/// <summary>
/// What the customer's CUEC to-do list (<c>cuecs(where:, order:)</c>) needs beyond the finding itself: the vendor
/// and the requirements the CUEC's criteria name. Both load in one query per field level, whatever the page size.
/// </summary>
public static class CuecRollupFields
{
    public static void AddCuecRollupFields(this ObjectGraphType<Cuec> cuec)
    {
        cuec.Field<NonNullGraphType<VendorType>>("vendor").Description("The vendor whose report lists the CUEC.")
            .Reads("DocumentId")
            .Resolve(ctx =>
            {
                var scopes = ctx.RequestServices!.GetRequiredService<IQueryScopeFactory>();
                var loader = ctx.RequestServices!.GetRequiredService<DataLoaderContext>().GetOrAdd("cuec:vendorByDocument", () => new BatchLoader<long, Vendor?>(
                    async (documentIds, ct) =>
                    {
                        await using var scope = scopes.Open();
                        var rows = await scope.Set<EvidenceDocument>().Where(d => documentIds.Contains(d.Id))
                            .Select(d => new { d.Id, d.Vendor }).ToListAsync(ct);
                        return rows.ToDictionary(r => r.Id, r => r.Vendor);
                    },
                    missing: null));
                return loader.Load(ctx.Source.DocumentId);
            });

        cuec.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementType>>>>("requirements")
            .Description("The SOC 2 Trust Services Criteria (newest catalog version) the CUEC's criteria name.")
            .Reads("Criteria")
            .Resolve(ctx =>
            {
                var scopes = ctx.RequestServices!.GetRequiredService<IQueryScopeFactory>();
                var loader = ctx.RequestServices!.GetRequiredService<DataLoaderContext>().GetOrAdd("cuec:tscByRef", () => new BatchLoader<string, Requirement?>(
                    async (refs, ct) =>
                    {
                        await using var scope = scopes.Open();
                        var framework = await scope.Set<Framework>().Where(f => f.Key == MappingProposals.TscKey).OrderByDescending(f => f.Id)
                            .Select(f => (long?)f.Id).FirstOrDefaultAsync(ct);
                        var rows = await scope.Set<Requirement>().Where(r => r.FrameworkId == framework && refs.Contains(r.Ref)).ToListAsync(ct);
                        return rows.GroupBy(r => r.Ref).ToDictionary(g => g.Key, g => (Requirement?)g.First());
                    },
                    missing: null));
                return ctx.Source.Criteria.Select(c => c.Trim().ToUpperInvariant()).Distinct().Select(loader.Load).ToArray().Combine();
            });
    }
}
