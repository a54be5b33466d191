using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Data;

public abstract class TenantIsolationTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [DataFact]
    public async Task Every_tenant_owned_entity_shows_only_the_current_organizations_rows()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        await using var system = database.CreateSystemContext();
        await using var asA = database.CreateContext(TestTenant.Of(orgs.A));
        var tenantOwned = system.Model.GetEntityTypes()
            .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && !t.IsOwned())
            .Select(t => t.ClrType)
            .ToList();
        Assert.Contains(typeof(Vendor), tenantOwned);
        Assert.Contains(typeof(AppUser), tenantOwned);

        foreach (var clr in tenantOwned)
        {
            var all = await OrganizationIdsAsync(system, clr);
            // The seed must hold rows of both organizations, or the check below proves nothing for this entity.
            Assert.True(all.Contains(orgs.A) && all.Contains(orgs.B), $"{clr.Name}: TwoOrganizations must seed a row for each organization.");

            var seen = await OrganizationIdsAsync(asA, clr);
            Assert.True(seen.Count > 0, $"{clr.Name}: organization A sees none of its own rows.");
            Assert.True(seen.All(id => id == orgs.A), $"{clr.Name}: organization A sees another organization's rows.");
        }
    }

    [DataFact]
    public async Task Catalogs_show_built_in_rows_and_the_organizations_own_but_not_another_organizations()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        await using var asA = database.CreateContext(TestTenant.Of(orgs.A));

        var frameworks = await asA.Frameworks.Where(f => f.Key.EndsWith(orgs.Suffix)).Select(f => f.OrganizationId).ToListAsync();
        Assert.Equal(2, frameworks.Count);
        Assert.Contains(null, frameworks);
        Assert.Contains(orgs.A, frameworks);
        Assert.DoesNotContain(orgs.B, frameworks);
        Assert.All(await asA.Requirements.Select(r => r.OrganizationId).ToListAsync(), id => Assert.True(id is null || id == orgs.A));
        Assert.All(await asA.RequirementMappings.Select(m => m.OrganizationId).ToListAsync(), id => Assert.True(id is null || id == orgs.A));
    }

    [DataFact]
    public async Task Users_are_found_by_name_without_a_tenant_but_only_within_the_organization_once_there_is_one()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        var nameInB = $"USER-{orgs.B}-{orgs.Suffix}".ToUpperInvariant();

        // Sign-in runs before there is a tenant: Identity must find the user by name.
        await using var anonymous = database.CreateContext(TestTenant.Anonymous);
        Assert.NotNull(await anonymous.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == nameInB));
        Assert.Equal(0, await anonymous.Vendors.CountAsync());

        await using var asA = database.CreateContext(TestTenant.Of(orgs.A));
        Assert.Null(await asA.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == nameInB));
    }

    [DataFact]
    public async Task Another_organizations_row_is_not_found_by_id_and_not_counted()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        await using var system = database.CreateSystemContext();
        var vendorOfB = await system.Vendors.Where(v => v.OrganizationId == orgs.B).Select(v => v.Id).FirstAsync();

        await using var asA = database.CreateContext(TestTenant.Of(orgs.A));
        Assert.Null(await asA.Vendors.FindAsync(vendorOfB));
        Assert.Equal(0, await asA.EvidenceDocuments.CountAsync(d => d.VendorId == vendorOfB));
        Assert.Empty(await asA.Vendors.Where(v => v.Id == vendorOfB).SelectMany(v => v.Documents).ToListAsync());
    }

    private static async Task<List<long>> OrganizationIdsAsync(GraphDbContext db, Type clr)
    {
        var method = typeof(TenantIsolationTests<TDatabase>).GetMethod(nameof(OrganizationIdsOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        return await (Task<List<long>>)method.MakeGenericMethod(clr).Invoke(null, [db])!;
    }

    private static Task<List<long>> OrganizationIdsOf<T>(GraphDbContext db)
        where T : class =>
        db.Set<T>().Select(e => EF.Property<long>(e, nameof(ITenantOwned.OrganizationId))).Distinct().ToListAsync();
}

public sealed class SqliteTenantIsolationTests(SqliteTestDatabase database) : TenantIsolationTests<SqliteTestDatabase>(database);

public sealed class PostgresTenantIsolationTests(PostgresTestDatabase database) : TenantIsolationTests<PostgresTestDatabase>(database);
