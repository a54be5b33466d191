using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Data;

public abstract class PrimitiveCollectionTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [DataFact]
    public async Task Services_and_criteria_round_trip_in_order()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        await using var asA = database.CreateContext(TestTenant.Of(orgs.A));
        var vendor = await asA.Vendors.AsNoTracking().SingleAsync();
        var control = await asA.Controls.AsNoTracking().SingleAsync();

        Assert.Equal(["Hosting", $"svc-{orgs.Suffix}"], vendor.Services);
        Assert.Equal(["CC6.1", $"X-{orgs.Suffix}"], control.Criteria);
    }

    [DataFact]
    public async Task Collections_are_filterable_in_sql_and_respect_the_tenant()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        await using var asA = database.CreateContext(TestTenant.Of(orgs.A));
        var service = $"svc-{orgs.Suffix}";

        // Both organizations have a vendor with this service; A must see only its own.
        var vendors = await asA.Vendors.Where(v => v.Services.Contains(service)).Select(v => v.OrganizationId).ToListAsync();
        Assert.Equal([orgs.A], vendors);
        Assert.Equal(0, await asA.Vendors.CountAsync(v => v.Services.Contains("no such service")));
        Assert.Equal(1, await asA.Controls.CountAsync(c => c.Criteria.Contains($"X-{orgs.Suffix}")));
        Assert.Equal(1, await asA.Controls.CountAsync(c => c.Criteria.Any(x => x.StartsWith("CC6"))));

        var wanted = new[] { "nothing", service };
        Assert.Equal(1, await asA.Vendors.CountAsync(v => v.Services.Any(s => wanted.Contains(s))));
    }
}

public sealed class SqlitePrimitiveCollectionTests(SqliteTestDatabase database) : PrimitiveCollectionTests<SqliteTestDatabase>(database);

public sealed class PostgresPrimitiveCollectionTests(PostgresTestDatabase database) : PrimitiveCollectionTests<PostgresTestDatabase>(database);
