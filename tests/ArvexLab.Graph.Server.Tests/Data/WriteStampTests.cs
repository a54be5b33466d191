using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Tenancy;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Data;

public abstract class WriteStampTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [DataFact]
    public async Task A_new_row_is_stamped_with_the_tenants_organization_version_and_timestamps()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        await using (var asA = database.CreateContext(TestTenant.Of(orgs.A)))
        {
            asA.Vendors.Add(new Vendor { Name = "Stamped " + orgs.Suffix });
            await asA.SaveChangesAsync();
        }

        await using var system = database.CreateSystemContext();
        var saved = await system.Vendors.SingleAsync(v => v.Name == "Stamped " + orgs.Suffix);
        Assert.Equal(orgs.A, saved.OrganizationId);
        Assert.Equal(1, saved.Version);
        Assert.True(saved.CreatedAt > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal(saved.CreatedAt, saved.UpdatedAt);
    }

    [DataFact]
    public async Task Adding_a_row_for_another_organization_throws_and_writes_nothing()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        await using var asA = database.CreateContext(TestTenant.Of(orgs.A));
        asA.Vendors.Add(new Vendor { OrganizationId = orgs.B, Name = "Smuggled " + orgs.Suffix });

        await Assert.ThrowsAsync<TenantViolationException>(() => asA.SaveChangesAsync());
        await using var system = database.CreateSystemContext();
        Assert.False(await system.Vendors.AnyAsync(v => v.Name == "Smuggled " + orgs.Suffix));
    }

    [DataFact]
    public async Task Adding_a_tenant_owned_row_without_a_tenant_throws()
    {
        await using var anonymous = database.CreateContext(TestTenant.Anonymous);
        anonymous.Vendors.Add(new Vendor { Name = "Nobody's" });
        await Assert.ThrowsAsync<TenantViolationException>(() => anonymous.SaveChangesAsync());
    }

    [DataFact]
    public async Task A_system_write_must_name_the_organization()
    {
        await using var system = database.CreateSystemContext();
        system.Vendors.Add(new Vendor { Name = "Unstamped" });
        await Assert.ThrowsAsync<TenantViolationException>(() => system.SaveChangesAsync());
    }

    [DataFact]
    public async Task Changing_or_deleting_another_organizations_row_throws()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        Vendor vendorOfB;
        await using (var system = database.CreateSystemContext())
        {
            vendorOfB = await system.Vendors.AsNoTracking().FirstAsync(v => v.OrganizationId == orgs.B);
        }

        var originalName = vendorOfB.Name;

        // The filter keeps B's row out of A's queries; a row attached from elsewhere must still be refused.
        await using (var asA = database.CreateContext(TestTenant.Of(orgs.A)))
        {
            asA.Attach(vendorOfB).Entity.Name = "Renamed by A";
            await Assert.ThrowsAsync<TenantViolationException>(() => asA.SaveChangesAsync());
        }

        await using (var asA = database.CreateContext(TestTenant.Of(orgs.A)))
        {
            asA.Remove(vendorOfB);
            await Assert.ThrowsAsync<TenantViolationException>(() => asA.SaveChangesAsync());
        }

        await using var check = database.CreateSystemContext();
        Assert.Equal(originalName, (await check.Vendors.SingleAsync(v => v.Id == vendorOfB.Id)).Name);
    }

    [DataFact]
    public async Task A_row_cannot_be_moved_to_another_organization()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        await using var asA = database.CreateContext(TestTenant.Of(orgs.A));
        var vendor = await asA.Vendors.FirstAsync();
        vendor.OrganizationId = orgs.B;
        await Assert.ThrowsAsync<TenantViolationException>(() => asA.SaveChangesAsync());
    }

    [DataFact]
    public async Task Version_increments_on_each_update_and_a_stale_version_is_a_concurrency_conflict()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        long id;
        await using (var first = database.CreateContext(TestTenant.Of(orgs.A)))
        {
            var vendor = await first.Vendors.FirstAsync();
            id = vendor.Id;
            var before = vendor.Version;
            var updatedBefore = vendor.UpdatedAt;
            vendor.Notes = "first edit";
            await first.SaveChangesAsync();
            Assert.Equal(before + 1, vendor.Version);
            Assert.True(vendor.UpdatedAt >= updatedBefore);
        }

        // A second reviewer still holds the version read before the first edit.
        await using var second = database.CreateContext(TestTenant.Of(orgs.A));
        var stale = await second.Vendors.SingleAsync(v => v.Id == id);
        second.Entry(stale).Property(v => v.Version).OriginalValue = stale.Version - 1;
        stale.Notes = "second edit";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = database.CreateContext(TestTenant.Of(orgs.A));
        Assert.Equal("first edit", (await check.Vendors.SingleAsync(v => v.Id == id)).Notes);
    }

    [DataFact]
    public async Task Concurrent_edits_of_one_finding_let_exactly_one_win()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        await using var one = database.CreateContext(TestTenant.Of(orgs.A));
        await using var two = database.CreateContext(TestTenant.Of(orgs.A));
        var mine = await one.Controls.FirstAsync();
        var theirs = await two.Controls.SingleAsync(c => c.Id == mine.Id);

        mine.ReviewState = ReviewState.Confirmed;
        theirs.ReviewState = ReviewState.Rejected;
        await one.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => two.SaveChangesAsync());

        await using var check = database.CreateContext(TestTenant.Of(orgs.A));
        var saved = await check.Controls.SingleAsync(c => c.Id == mine.Id);
        Assert.Equal(ReviewState.Confirmed, saved.ReviewState);
        Assert.Equal(2, saved.Version);
    }
}

public sealed class SqliteWriteStampTests(SqliteTestDatabase database) : WriteStampTests<SqliteTestDatabase>(database);

public sealed class PostgresWriteStampTests(PostgresTestDatabase database) : WriteStampTests<PostgresTestDatabase>(database);
