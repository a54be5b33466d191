using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Mapping;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Mapping;

/// <summary>
/// What a partner sees of a mapping run that adds (set-based), updates and removes mappings at once: one change per
/// mapping touched, with its version, numbered without gaps, and a webhook delivery for each when subscribed.
/// </summary>
public abstract class MappingChangeFeedTests(TestDatabase database) : IAsyncLifetime
{
    private long organizationId;

    public async Task InitializeAsync()
    {
        await MappingTestApp.GetAsync(database); // catalogs
        organizationId = await GraphApp.CreateOrganizationAsync(database, "Mapping feed");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [DataFact]
    public async Task A_remapped_control_records_deleted_created_and_kept_mappings_exactly_once_with_webhook_deliveries()
    {
        var (_, vendorId) = await MappingTestData.VendorAsync(database, organizationId, "Feed");
        var document = await MappingTestData.ReportAsync(database, organizationId, vendorId, ("CC6.1.1", "Production access requires SSO with MFA.", ["CC6.1"], ControlResult.NoExceptions));
        var controlId = document.Controls[0].Id;
        long subscriptionId;
        await using (var db = database.CreateContext(TestTenant.Of(organizationId)))
        {
            var subscription = new WebhookSubscription { Url = "https://partner.example/hook", Secret = "s3cret-s3cret-s3cret", ChangeTypes = ["CONTROL_MAPPING"] };
            db.Add(subscription);
            await db.SaveChangesAsync();
            subscriptionId = subscription.Id;
            await ControlMapper.MapDocumentAsync(db, document.Id);
        }

        var first = await MappingsAsync(controlId);
        long before;
        int deliveriesBefore;
        await using (var db = database.CreateContext(TestTenant.Of(organizationId)))
        {
            var control = await db.Controls.SingleAsync(c => c.Id == controlId);
            control.Criteria = ["CC6.1", "CC8.1"];
            control.Confidence = 0.8; // every kept mapping's confidence changes too
            await db.SaveChangesAsync();
            before = await LastSequenceAsync();
            deliveriesBefore = await db.Set<WebhookDelivery>().CountAsync(d => d.SubscriptionId == subscriptionId);
            var counts = await ControlMapper.MapDocumentAsync(db, document.Id);
            Assert.True(counts is { Added: > 0, Updated: > 0 }, counts.ToString());
        }

        var after = await MappingsAsync(controlId);
        await using var read = database.CreateContext(TestTenant.Of(organizationId));
        var changes = await read.Changes.Where(c => c.Sequence > before).OrderBy(c => c.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, changes.Count).Select(i => before + i), changes.Select(c => c.Sequence));
        Assert.Equal(before + changes.Count, await LastSequenceAsync());
        Assert.All(changes, c => Assert.Equal(ChangeEntityType.ControlMapping, c.EntityType));
        var created = after.Keys.Except(first.Keys).Select(id => (id, ChangeOperation.Created, 1));
        var updated = after.Keys.Intersect(first.Keys).Where(id => after[id] != first[id]).Select(id => (id, ChangeOperation.Updated, after[id]));
        var deleted = first.Keys.Except(after.Keys).Select(id => (id, ChangeOperation.Deleted, first[id]));
        Assert.Equal(created.Concat(updated).Concat(deleted).Order(), changes.Select(c => (c.EntityId, c.Operation, c.Version)).Order());
        Assert.Contains(changes, c => c.Operation == ChangeOperation.Created);
        Assert.Equal(deliveriesBefore + changes.Count, await read.Set<WebhookDelivery>().CountAsync(d => d.SubscriptionId == subscriptionId));
        Assert.Equal(first.Count, deliveriesBefore); // the first run: one per created mapping
    }

    private async Task<Dictionary<long, int>> MappingsAsync(long controlId)
    {
        await using var db = database.CreateContext(TestTenant.Of(organizationId));
        return await db.ControlMappings.Where(m => m.ControlId == controlId).ToDictionaryAsync(m => m.Id, m => m.Version);
    }

    private async Task<long> LastSequenceAsync()
    {
        await using var db = database.CreateSystemContext();
        return await db.ChangeCounters.Where(c => c.OrganizationId == organizationId).Select(c => c.LastSequence).SingleOrDefaultAsync();
    }
}

public sealed class SqliteMappingChangeFeedTests(SqliteTestDatabase database) : MappingChangeFeedTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresMappingChangeFeedTests(PostgresTestDatabase database) : MappingChangeFeedTests(database), IClassFixture<PostgresTestDatabase>;
