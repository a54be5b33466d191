using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Seeding;
using ArvexLab.Graph.Server.Data.Tenancy;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Data;

public abstract class DemoSeederTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly Dictionary<string, string?> DemoOn = new() { ["Demo:Enabled"] = "true" };

    [DataFact]
    public async Task Demo_data_is_seeded_once_and_a_second_start_changes_nothing()
    {
        await using var services = database.BuildServices(DemoOn);
        await TestDatabase.RunStartupAsync(services);
        var first = await CountsAsync();
        await TestDatabase.RunStartupAsync(services);

        Assert.Equal(first, await CountsAsync());
        Assert.Equal(2, first.Organizations);
        Assert.InRange(first.Vendors, 12, 20);
    }

    [DataFact]
    public async Task Demo_organization_has_evidence_of_every_kind_and_state_and_globex_is_isolated()
    {
        await using var services = database.BuildServices(DemoOn);
        await TestDatabase.RunStartupAsync(services);
        await using var system = database.CreateSystemContext();
        var demo = await system.Organizations.SingleAsync(o => o.Slug == DemoSeeder.DemoSlug);
        var globex = await system.Organizations.SingleAsync(o => o.Slug == DemoSeeder.GlobexSlug);

        // Until sign-in exists, requests act as the first organization: the demo one.
        await using var scope = services.CreateAsyncScope();
        Assert.Equal(demo.Id, scope.ServiceProvider.GetRequiredService<IRequestTenantContext>().OrganizationId);

        await using var asDemo = database.CreateContext(TestTenant.Of(demo.Id));
        var documents = await asDemo.EvidenceDocuments.AsNoTracking().ToListAsync();
        Assert.Equal(Enum.GetValues<EvidenceKind>().Order(), documents.Select(d => d.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<EvidenceStatus>().Except([EvidenceStatus.Extracting]).Order(), documents.Select(d => d.Status).Distinct().Order());
        Assert.Contains(documents, d => d.Kind == EvidenceKind.Iso27001Certificate && d.ExpiryDate < DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.Contains(documents, d => d.Kind == EvidenceKind.Iso27001Certificate && d.ExpiryDate > DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.All(documents, d => Assert.Matches("^[0-9a-f]{64}$", d.Sha256));

        Assert.True(await asDemo.Controls.AnyAsync(c => c.Result == ControlResult.Exception));
        Assert.True(await asDemo.ControlExceptions.AnyAsync(e => e.ManagementResponse != null && e.ControlId != null));
        Assert.True(await asDemo.Cuecs.AnyAsync(c => c.Owner != null) && await asDemo.Cuecs.AnyAsync(c => c.Owner == null));
        Assert.Equal(2, await asDemo.SubserviceOrganizations.Select(s => s.Method).Distinct().CountAsync());
        Assert.True(await asDemo.ExtractedFields.AnyAsync(f => f.Page != null && f.BoxX0 != null && f.Confidence > 0));
        Assert.Equal(4, await asDemo.Controls.Select(c => c.ReviewState).Distinct().CountAsync());
        Assert.True(await asDemo.Vendors.AnyAsync(v => v.Services.Count > 1 && v.Tags.Count > 0 && v.Owner != null));

        Assert.Equal(0, await asDemo.Vendors.CountAsync(v => v.OrganizationId == globex.Id));
        await using var asGlobex = database.CreateContext(TestTenant.Of(globex.Id));
        Assert.InRange(await asGlobex.Vendors.CountAsync(), 2, 5);
    }

    [DataFact]
    public async Task Demo_data_is_the_same_on_every_fresh_database()
    {
        await using var services = database.BuildServices(DemoOn);
        await TestDatabase.RunStartupAsync(services);

        var other = new SqliteTestDatabase();
        await other.InitializeAsync();
        try
        {
            await using var otherServices = other.BuildServices(DemoOn);
            await TestDatabase.RunStartupAsync(otherServices);
            Assert.Equal(await FingerprintAsync(other), await FingerprintAsync(database));
        }
        finally
        {
            await other.DisposeAsync();
        }
    }

    private static async Task<List<string>> FingerprintAsync(TestDatabase target)
    {
        await using var db = target.CreateSystemContext();
        var rows = await db.Controls
            .Select(c => new { c.Document!.Title, c.Ref, c.Result, c.ReviewState, c.Confidence, c.Page, c.BoxY0 })
            .ToListAsync();
        return [.. rows.Select(r => $"{r.Title}|{r.Ref}|{r.Result}|{r.ReviewState}|{r.Confidence}|{r.Page}|{r.BoxY0}").Order(StringComparer.Ordinal)];
    }

    private async Task<(int Organizations, int Vendors, int Documents, int Controls, int Events)> CountsAsync()
    {
        await using var db = database.CreateSystemContext();
        return (await db.Organizations.CountAsync(), await db.Vendors.CountAsync(), await db.EvidenceDocuments.CountAsync(),
            await db.Controls.CountAsync(), await db.ReviewEvents.CountAsync());
    }
}

public sealed class SqliteDemoSeederTests(SqliteTestDatabase database) : DemoSeederTests<SqliteTestDatabase>(database);

public sealed class PostgresDemoSeederTests(PostgresTestDatabase database) : DemoSeederTests<PostgresTestDatabase>(database);

public abstract class DemoSeederDisabledTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [DataFact]
    public async Task With_demo_disabled_start_up_leaves_the_database_empty()
    {
        await using var services = database.BuildServices(new Dictionary<string, string?> { ["Demo:Enabled"] = "false" });
        await TestDatabase.RunStartupAsync(services);
        await using var db = database.CreateSystemContext();
        Assert.Equal(0, await db.Organizations.CountAsync());
        Assert.Equal(0, await db.Vendors.CountAsync());
    }
}

public sealed class SqliteDemoSeederDisabledTests(SqliteTestDatabase database) : DemoSeederDisabledTests<SqliteTestDatabase>(database);

public sealed class PostgresDemoSeederDisabledTests(PostgresTestDatabase database) : DemoSeederDisabledTests<PostgresTestDatabase>(database);
