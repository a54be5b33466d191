using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Catalogs;

/// <summary>The same load on PostgreSQL, which enforces column lengths and unique indexes that SQLite lets slide.</summary>
public sealed class BuiltInCatalogPostgresTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [DataFact]
    public async Task Catalogs_load_on_postgres_and_a_second_load_changes_nothing()
    {
        var loader = new BuiltInCatalogLoader(CatalogTestData.SourceFolder);
        await using (var db = database.CreateSystemContext())
        {
            await loader.SeedAsync(db, CancellationToken.None);
        }
        var first = await CountsAsync();

        await using (var db = database.CreateSystemContext())
        {
            await loader.SeedAsync(db, CancellationToken.None);
        }

        Assert.Equal(first, await CountsAsync());
        Assert.Equal(7, first.Frameworks);
        Assert.Equal(93, first.AnnexA);
        Assert.Equal(CatalogTestData.SourceFolder.CrosswalkFiles().Sum(f => File.ReadAllLines(f).Length - 1), first.Mappings);
    }

    [DataFact]
    public async Task Two_nodes_loading_at_once_both_start_and_leave_one_copy_of_each_built_in_row()
    {
        await using (var db = database.CreateSystemContext())
        {
            // A database of its own for this test would cost a server round trip; emptying the catalogs is enough.
            await db.RequirementMappings.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.Requirements.IgnoreQueryFilters().ExecuteUpdateAsync(s => s.SetProperty(r => r.ParentId, (long?)null));
            await db.Frameworks.IgnoreQueryFilters().ExecuteDeleteAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var db = database.CreateSystemContext();
            await new BuiltInCatalogLoader(CatalogTestData.SourceFolder).SeedAsync(db, CancellationToken.None);
        }));

        var counts = await CountsAsync();
        Assert.Equal(7, counts.Frameworks);
        Assert.Equal(93, counts.AnnexA);
        Assert.Equal(CatalogTestData.SourceFolder.CrosswalkFiles().Sum(f => File.ReadAllLines(f).Length - 1), counts.Mappings);
    }

    private async Task<(int Frameworks, int Requirements, int Mappings, int AnnexA, int MaxVersion)> CountsAsync()
    {
        await using var db = database.CreateSystemContext();
        return (await db.Frameworks.CountAsync(), await db.Requirements.CountAsync(), await db.RequirementMappings.CountAsync(),
            await db.Requirements.CountAsync(r => r.Framework!.Key == "iso27001-2022" && r.Parent!.Parent!.Ref == "A"),
            await db.Frameworks.MaxAsync(f => f.Version));
    }
}
