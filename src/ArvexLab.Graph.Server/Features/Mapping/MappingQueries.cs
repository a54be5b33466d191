using ArvexLab.Graph.GraphQL.DataLoader;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using GraphQL;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Mapping;

/// <summary><c>vendor.coverage(framework:)</c> and the root <c>frameworkOverlap(source:, target:)</c>.</summary>
public static class MappingQueries
{
    public static void AddMappingQueries(this ObjectGraphType query)
    {
        query.Field<FrameworkOverlapType>("frameworkOverlap")
            .Description("Shared and unique requirements of two frameworks (newest versions) through the crosswalk; null when either key is unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("source", "A framework key, e.g. nis2.")
            .Argument<NonNullGraphType<StringGraphType>>("target", "A framework key, e.g. soc2-tsc-2017.")
            .ResolveAsync(async ctx =>
            {
                await using var db = ctx.RequestServices!.GetRequiredService<IGraphDbContextFactory>().Create();
                return await FrameworkOverlapCalculator.ComputeAsync(db, ctx.GetArgument<string>("source"), ctx.GetArgument<string>("target"), ctx.CancellationToken);
            });
    }

    public static void AddCoverageField(this ObjectGraphType<Vendor> vendor)
    {
        vendor.Field<FrameworkCoverageType>("coverage")
            .Description("How the vendor's current evidence covers a framework's requirements; null when the framework key is unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("framework", "The framework key, e.g. nis2, dora, iso27001-2022.")
            .Argument<StringGraphType>("version", "A catalog version; the newest when omitted.")
            .Reads("Id")
            .Resolve(ctx =>
            {
                var services = ctx.RequestServices!;
                var framework = ctx.GetArgument<string>("framework");
                var version = ctx.GetArgument<string?>("version");
                // Every vendor of a list asking for the same framework shares one batch: a fixed number of statements.
                var loader = services.GetRequiredService<DataLoaderContext>().GetOrAdd($"coverage:{framework.Length}:{framework}:{version}",
                    () => new BatchLoader<long, FrameworkCoverage?>(
                        async (keys, ct) =>
                        {
                            await using var db = services.GetRequiredService<IGraphDbContextFactory>().Create();
                            var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                            return await CoverageCalculator.ComputeAsync(db, keys, framework, version, today, ct);
                        },
                        missing: null));
                return loader.Load(ctx.Source.Id);
            });
    }
}
