using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Data;

/// <summary>
/// GraphQL batches lease pooled contexts (<see cref="GraphDbContextActivator.Lease"/>): a context one organization
/// returned and another leased must act only for the new lessee, and a returned context must not act at all.
/// </summary>
public abstract class PooledContextTenancyTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [DataFact]
    public async Task A_pooled_context_returned_by_one_organization_and_leased_to_another_sees_only_the_new_organizations_rows()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);

        GraphDbContext first;
        await using (first = database.Activator.Lease(TestTenant.Of(orgs.A)))
        {
            Assert.All(await first.Vendors.Select(v => v.OrganizationId).ToListAsync(), id => Assert.Equal(orgs.A, id));
            // Tracked state too: the next lessee must not find A's entity in the change tracker.
            Assert.NotNull(await first.Vendors.FirstAsync());
        }

        await using var second = database.Activator.Lease(TestTenant.Of(orgs.B));

        // The same instance, or this test would not be about reuse at all.
        Assert.Same(first, second);
        Assert.Empty(second.ChangeTracker.Entries());
        var vendors = await second.Vendors.Select(v => v.OrganizationId).ToListAsync();
        Assert.NotEmpty(vendors);
        Assert.All(vendors, id => Assert.Equal(orgs.B, id));
        Assert.DoesNotContain(orgs.A, await second.Organizations.Select(o => o.Id).ToListAsync());
        Assert.All(await second.Frameworks.Select(f => f.OrganizationId).ToListAsync(), id => Assert.True(id is null || id == orgs.B));
    }

    [DataFact]
    public async Task A_returned_pooled_context_cannot_query_and_keeps_no_tenant()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        var stale = database.Activator.Lease(TestTenant.Of(orgs.A));
        Assert.NotEmpty(await stale.Vendors.ToListAsync());

        await stale.DisposeAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => stale.Vendors.ToListAsync());
        Assert.Throws<InvalidOperationException>(() => stale.Tenant.OrganizationId);
    }

    [DataFact]
    public async Task Pooled_contexts_leased_in_parallel_by_two_organizations_each_see_only_their_own_rows()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);

        // Many short leases at once, alternating lessees, so contexts pass back and forth between the organizations.
        var seen = await Task.WhenAll(Enumerable.Range(0, 64).Select(async i =>
        {
            var organization = i % 2 == 0 ? orgs.A : orgs.B;
            await using var db = database.Activator.Lease(TestTenant.Of(organization));
            var ids = await db.Vendors.Select(v => v.OrganizationId).Distinct().ToListAsync();
            return (organization, ids);
        }));

        Assert.All(seen, s => Assert.Equal([s.organization], s.ids));
    }
}

public sealed class SqlitePooledContextTenancyTests(SqliteTestDatabase database) : PooledContextTenancyTests<SqliteTestDatabase>(database);

public sealed class PostgresPooledContextTenancyTests(PostgresTestDatabase database) : PooledContextTenancyTests<PostgresTestDatabase>(database);
