using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Sync.Changes;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Sync;

public abstract class ChangeFeedTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [DataFact]
    public async Task A_partner_syncing_in_small_pages_during_1000_concurrent_changes_ends_with_an_exact_mirror()
    {
        await using var app = new GraphApp(database);
        var organization = await GraphApp.CreateOrganizationAsync(database, "Sync Org");
        var mirror = new FeedMirror(await app.CreateGraphClientAsync(organization, "graph:read"), pageSize: 7);
        var writers = Enumerable.Range(1, 4).Select(seed => new RandomWriter(database, organization, seed)).ToList();

        var writing = Task.WhenAll(writers.Select(w => Task.Run(() => w.RunAsync(250))));
        while (!writing.IsCompleted)
        {
            await mirror.CatchUpAsync();
        }

        await writing;
        await mirror.CatchUpAsync();

        Assert.Empty(mirror.Problems);
        Assert.Equal(1000, writers.Sum(w => w.Operations));
        Assert.Equal(1000, mirror.ChangesApplied);
        var source = await SourceAsync(organization);
        Assert.True(source.Count > 100, $"the writers left only {source.Count} objects");
        Assert.Equal(source.OrderBy(p => p.Key), mirror.Objects.OrderBy(p => p.Key));
    }

    [DataFact]
    public async Task Changes_are_tenant_scoped_and_a_cursor_past_the_end_of_another_feed_is_INVALID_CURSOR()
    {
        await using var app = new GraphApp(database);
        var orgs = await TwoOrganizations.SeedAsync(database);
        var client = await app.CreateGraphClientAsync(orgs.A, "graph:read");
        var mirror = new FeedMirror(client, pageSize: 50);
        await mirror.CatchUpAsync();

        Assert.Empty(mirror.Problems);
        await using var asA = database.CreateContext(TestTenant.Of(orgs.A));
        Assert.Equal(await asA.Changes.CountAsync(), mirror.ChangesApplied);
        Assert.Equal((await SourceAsync(orgs.A)).OrderBy(p => p.Key), mirror.Objects.OrderBy(p => p.Key));

        var beyond = await client.PostAsync(FeedMirror.Query, new { after = ChangeCursor.Encode(mirror.LastSequence + 1000), first = 5 });
        Assert.Equal("INVALID_CURSOR", beyond.FirstErrorCode);
    }

    [DataFact]
    public async Task A_cursor_older_than_the_retention_is_CURSOR_EXPIRED_and_the_head_cursor_resumes()
    {
        await using var app = new GraphApp(database);
        var organization = await GraphApp.CreateOrganizationAsync(database, "Retention Org");
        var client = await app.CreateGraphClientAsync(organization, "graph:read");
        await new RandomWriter(database, organization, seed: 9).RunAsync(12);
        var early = ChangeCursor.Encode(3);
        await using (var system = database.CreateSystemContext())
        {
            await system.Changes.Where(c => c.OrganizationId == organization && c.Sequence <= 10)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.OccurredAt, DateTimeOffset.UtcNow.AddDays(-91)));
        }

        var removed = await app.Services.GetRequiredService<ChangeRetention>().PurgeAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.True(removed >= 10);

        var expired = await client.PostAsync(FeedMirror.Query, new { after = early, first = 5 });
        Assert.Equal("CURSOR_EXPIRED", expired.FirstErrorCode);
        Assert.Contains("resync", expired.Errors![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("CURSOR_EXPIRED", (await client.PostAsync(FeedMirror.Query, new { after = (string?)null, first = 5 })).FirstErrorCode);

        var atPurge = await client.DataAsync(FeedMirror.Query, new { after = ChangeCursor.Encode(10), first = 5 });
        Assert.Equal(2, atPurge["changes"]!["edges"]!.AsArray().Count);
        var head = (await client.DataAsync("{ changeCursor }"))["changeCursor"]!.GetValue<string>();
        Assert.Equal(12, FeedMirror.Sequence(head));
        var empty = await client.DataAsync(FeedMirror.Query, new { after = head, first = 5 });
        Assert.Empty(empty["changes"]!["edges"]!.AsArray());
        Assert.Equal(head, empty["changes"]!["pageInfo"]!["endCursor"]!.GetValue<string>());
    }

    [DataFact]
    public async Task A_save_that_fails_inside_the_callers_transaction_leaves_no_gap()
    {
        var organization = await GraphApp.CreateOrganizationAsync(database, "Gap Org");
        await using var db = database.CreateContext(TestTenant.Of(organization));
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Vendors.Add(new Vendor { Name = "First" });
        await db.SaveChangesAsync();
        var stale = new Vendor { Id = 999_999, Name = "Missing", Version = 1, OrganizationId = organization };
        db.Vendors.Attach(stale).Property(v => v.Name).IsModified = true;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        db.Entry(stale).State = EntityState.Detached;
        db.Vendors.Add(new Vendor { Name = "Second" });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        await using var check = database.CreateContext(TestTenant.Of(organization));
        Assert.Equal([1L, 2L], await check.Changes.OrderBy(c => c.Sequence).Select(c => c.Sequence).ToListAsync());
        Assert.Equal(2, await check.ChangeCounters.Where(c => c.OrganizationId == organization).Select(c => c.LastSequence).SingleAsync());
    }

    [DataFact]
    public async Task Deleting_a_control_records_its_exceptions_unlinked_by_ON_DELETE_SET_NULL_as_UPDATED_in_the_same_save()
    {
        await using var app = new GraphApp(database);
        var organization = await GraphApp.CreateOrganizationAsync(database, "Cascade Org");
        var client = await app.CreateGraphClientAsync(organization, "graph:read");
        var mirror = new FeedMirror(client, pageSize: 3);
        Control control;
        List<ControlException> exceptions;
        await using (var db = database.CreateContext(TestTenant.Of(organization)))
        {
            var document = new EvidenceDocument
            {
                Vendor = new Vendor { Name = "Cascade Vendor" },
                Kind = EvidenceKind.Soc2TypeII,
                Title = "SOC 2",
                FileName = "r.pdf",
                Sha256 = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()).PadRight(64, '0'),
            };
            control = new Control { Document = document, Ref = "CC6.2", Description = "Access is reviewed quarterly." };
            exceptions = [.. Enumerable.Range(1, 2).Select(i => new ControlException { Document = document, Control = control, ControlRef = "CC6.2", Description = $"Review {i} missed." })];
            db.Add(control);
            db.AddRange(exceptions);
            await db.SaveChangesAsync();
        }

        await mirror.CatchUpAsync();
        var before = mirror.LastSequence;
        await using (var db = database.CreateContext(TestTenant.Of(organization)))
        {
            // Only the control is tracked: without the feed's help the database alone would null the exceptions' ControlId.
            db.Controls.Remove(await db.Controls.SingleAsync(c => c.Id == control.Id));
            await db.SaveChangesAsync();
        }

        var data = await client.DataAsync("""
            query($after: String) { changes(after: $after, first: 10) { edges { node { entityType entityId operation version
              entity { ... on ControlException { version control { id } } } } } } }
            """, new { after = ChangeCursor.Encode(before) });
        await mirror.CatchUpAsync();

        var nodes = data["changes"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.Equal(
            [("CONTROL", GlobalId.Encode("Control", control.Id), "DELETED", 1),
             .. exceptions.Select(e => ("CONTROL_EXCEPTION", GlobalId.Encode("ControlException", e.Id), "UPDATED", 2)).OrderBy(e => e.Item2)],
            nodes.Select(n => (n["entityType"]!.GetValue<string>(), n["entityId"]!.GetValue<string>(), n["operation"]!.GetValue<string>(), n["version"]!.GetValue<int>()))
                .OrderBy(n => n.Item1).ThenBy(n => n.Item2));
        Assert.All(nodes.Where(n => n["operation"]!.GetValue<string>() == "UPDATED"), n =>
        {
            Assert.Equal(2, n["entity"]!["version"]!.GetValue<int>());
            Assert.Null(n["entity"]!["control"]);
        });
        await using var check = database.CreateContext(TestTenant.Of(organization));
        Assert.All(await check.ControlExceptions.ToListAsync(), e => Assert.Equal((null, 2), (e.ControlId, e.Version)));
        Assert.Empty(mirror.Problems);
        Assert.Equal((await SourceAsync(organization)).OrderBy(p => p.Key), mirror.Objects.OrderBy(p => p.Key));
    }

    private async Task<Dictionary<string, int>> SourceAsync(long organization)
    {
        await using var db = database.CreateContext(TestTenant.Of(organization));
        var all = new Dictionary<string, int>();
        void Add(string type, IEnumerable<(long Id, int Version)> rows)
        {
            foreach (var (id, version) in rows)
            {
                all[GlobalId.Encode(type, id)] = version;
            }
        }

        Add("Vendor", (await db.Vendors.Select(v => new { v.Id, v.Version }).ToListAsync()).Select(r => (r.Id, r.Version)));
        Add("EvidenceDocument", (await db.EvidenceDocuments.Select(v => new { v.Id, v.Version }).ToListAsync()).Select(r => (r.Id, r.Version)));
        Add("Control", (await db.Controls.Select(v => new { v.Id, v.Version }).ToListAsync()).Select(r => (r.Id, r.Version)));
        Add("Cuec", (await db.Cuecs.Select(v => new { v.Id, v.Version }).ToListAsync()).Select(r => (r.Id, r.Version)));
        Add("ControlException", (await db.ControlExceptions.Select(v => new { v.Id, v.Version }).ToListAsync()).Select(r => (r.Id, r.Version)));
        Add("ExtractedField", (await db.ExtractedFields.Select(v => new { v.Id, v.Version }).ToListAsync()).Select(r => (r.Id, r.Version)));
        Add("SubserviceOrganization", (await db.SubserviceOrganizations.Select(v => new { v.Id, v.Version }).ToListAsync()).Select(r => (r.Id, r.Version)));
        Add("ControlMapping", (await db.ControlMappings.Select(v => new { v.Id, v.Version }).ToListAsync()).Select(r => (r.Id, r.Version)));
        return all;
    }
}

public sealed class SqliteChangeFeedTests(SqliteTestDatabase database) : ChangeFeedTests<SqliteTestDatabase>(database);

public sealed class PostgresChangeFeedTests(PostgresTestDatabase database) : ChangeFeedTests<PostgresTestDatabase>(database);
