using ArvexLab.Graph.Server.Data.Interceptors;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Data;

public abstract class SqlCommandCounterTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [DataFact]
    public async Task A_tally_counts_the_statements_of_its_flow_including_child_tasks()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        var counter = database.Services.GetRequiredService<ISqlCommandCounter>();

        using var tally = counter.Begin();
        await using (var db = database.CreateContext(TestTenant.Of(orgs.A)))
        {
            await db.Vendors.ToListAsync();
            await db.EvidenceDocuments.CountAsync();
        }

        // Parallel resolvers each take their own context; their statements belong to the same request.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            await using var db = database.CreateContext(TestTenant.Of(orgs.A));
            await db.Controls.ToListAsync();
        }));

        Assert.Equal(5, tally.Count);
        Assert.Equal(3, tally.Commands.Count(sql => sql.Contains("Controls", StringComparison.Ordinal)));
    }

    [DataFact]
    public async Task Statements_outside_a_tally_or_after_it_ends_are_not_counted()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        var counter = database.Services.GetRequiredService<ISqlCommandCounter>();
        await using var db = database.CreateContext(TestTenant.Of(orgs.A));

        await db.Vendors.CountAsync();
        var tally = counter.Begin();
        Task otherRequest;
        using (ExecutionContext.SuppressFlow())
        {
            // A flow that does not inherit the tally is another request's work.
            otherRequest = Task.Run(async () =>
            {
                await using var other = database.CreateContext(TestTenant.Of(orgs.A));
                await other.Vendors.CountAsync();
            });
        }

        await otherRequest;
        await db.Vendors.CountAsync();
        db.Vendors.Add(new Server.Data.Entities.Vendor { Name = "Counted " + orgs.Suffix });
        await db.SaveChangesAsync();
        var counted = tally.Count;
        tally.Dispose();
        await db.Vendors.CountAsync();

        // The count, then the save: the insert, the change feed's webhook subscription lookup and its change row.
        Assert.Equal(4, counted);
        Assert.Equal(4, tally.Count);
    }
}

public sealed class SqliteSqlCommandCounterTests(SqliteTestDatabase database) : SqlCommandCounterTests<SqliteTestDatabase>(database);

public sealed class PostgresSqlCommandCounterTests(PostgresTestDatabase database) : SqlCommandCounterTests<PostgresTestDatabase>(database);
