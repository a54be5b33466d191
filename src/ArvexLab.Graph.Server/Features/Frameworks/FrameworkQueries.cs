using ArvexLab.Graph.GraphQL.Paging;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.Server.Data.Entities;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Frameworks;

public static class FrameworkQueries
{
    public static void AddFrameworkQueries(this ObjectGraphType query)
    {
        query.Connection<Framework, FrameworkType>("frameworks")
            .Description("Frameworks visible to the organization: the built-in catalogs and its own.")
            .Filter<FrameworkFilterInput>().Sort<FrameworkSortInput>()
            .Resolve((_, q) => q.Set<Framework>());

        query.Field<FrameworkType>("framework")
            .Description("A framework by key: the given catalog version, or the newest when omitted.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The framework key, e.g. nis2.")
            .Argument<StringGraphType>("version", "A catalog version; the newest when omitted.")
            .ResolveAsync(async ctx =>
            {
                var key = ctx.GetArgument<string>("key");
                var version = ctx.GetArgument<string?>("version");
                await using var scope = ctx.RequestServices!.GetRequiredService<IQueryScopeFactory>().Open();
                var candidates = scope.Set<Framework>().Where(f => f.Key == key && (version == null || f.CatalogVersion == version));
                // Newest by creation: catalog versions are free text and do not sort reliably.
                return await candidates.OrderByDescending(f => f.Id).FirstOrDefaultAsync(ctx.CancellationToken);
            });
    }
}
