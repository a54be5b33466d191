using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Data;

/// <summary>Nothing a reviewer decided disappears as a side effect of deleting something else.</summary>
public abstract class DeleteBehaviourTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [DataFact]
    public async Task Deleting_a_document_that_still_has_findings_is_refused()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        await using (var asA = database.CreateContext(TestTenant.Of(orgs.A)))
        {
            var document = await asA.EvidenceDocuments.SingleAsync();
            asA.Remove(document);
            await Assert.ThrowsAsync<DbUpdateException>(() => asA.SaveChangesAsync());
        }

        await using var check = database.CreateContext(TestTenant.Of(orgs.A));
        Assert.Equal(1, await check.EvidenceDocuments.CountAsync());
        Assert.Equal(1, await check.Controls.CountAsync());
    }

    [DataFact]
    public async Task Deleting_a_vendor_with_evidence_is_refused()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        await using var asA = database.CreateContext(TestTenant.Of(orgs.A));
        asA.Remove(await asA.Vendors.SingleAsync());
        await Assert.ThrowsAsync<DbUpdateException>(() => asA.SaveChangesAsync());
    }

    [DataFact]
    public async Task A_replaced_control_leaves_its_exception_in_place_with_the_printed_reference()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        await using (var asA = database.CreateContext(TestTenant.Of(orgs.A)))
        {
            var control = await asA.Controls.SingleAsync();
            asA.ControlMappings.RemoveRange(await asA.ControlMappings.Where(m => m.ControlId == control.Id).ToListAsync());
            await asA.ControlExceptions.ExecuteUpdateAsync(e => e.SetProperty(x => x.ControlRef, control.Ref));
            // The exception is not tracked here: the database's ON DELETE SET NULL must keep it.
            asA.Remove(control);
            await asA.SaveChangesAsync();
        }

        await using var check = database.CreateContext(TestTenant.Of(orgs.A));
        var kept = await check.ControlExceptions.SingleAsync();
        Assert.Null(kept.ControlId);
        Assert.Equal("CC6.1", kept.ControlRef);
    }

    [DataFact]
    public async Task A_requirement_with_a_vendor_control_mapped_to_it_cannot_be_deleted()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        await using var system = database.CreateSystemContext();
        var builtIn = await system.Requirements.SingleAsync(r => r.FrameworkId == orgs.BuiltInFrameworkId);
        system.Remove(builtIn);
        await Assert.ThrowsAsync<DbUpdateException>(() => system.SaveChangesAsync());
    }
}

public sealed class SqliteDeleteBehaviourTests(SqliteTestDatabase database) : DeleteBehaviourTests<SqliteTestDatabase>(database);

public sealed class PostgresDeleteBehaviourTests(PostgresTestDatabase database) : DeleteBehaviourTests<PostgresTestDatabase>(database);
