using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Tenancy;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Data;

public sealed class DataServicesTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public void Settings_default_to_sqlite_in_a_data_folder_under_the_content_root()
    {
        var settings = GraphDataSettings.From(new ConfigurationBuilder().Build(), "/srv/app");
        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal("/srv/app/data/arvexlab.db", settings.SqlitePath);
    }

    [Theory]
    [InlineData("Postgres", null, "ConnectionStrings:Postgres")]
    [InlineData("Oracle", null, "Database:Provider")]
    public void Incomplete_or_unknown_provider_settings_fail_with_the_setting_name(string provider, string? connection, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Postgres"] = connection,
        }).Build();
        var error = Assert.Throws<InvalidOperationException>(() => GraphDataSettings.From(configuration, "/srv/app"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scope_resolves_the_providers_context_and_the_factory_gives_a_new_one_per_call()
    {
        await using var scope = database.Services.CreateAsyncScope();
        var scoped = scope.ServiceProvider.GetRequiredService<GraphDbContext>();
        var factory = scope.ServiceProvider.GetRequiredService<IGraphDbContextFactory>();
        await using var one = factory.Create();
        await using var two = factory.Create();

        Assert.IsType<SqliteGraphDbContext>(scoped);
        Assert.NotSame(one, two);
        Assert.Same(scoped, scope.ServiceProvider.GetRequiredService<GraphDbContext>());
    }

    [Fact]
    public async Task A_scope_switched_to_the_system_tenant_gives_system_contexts()
    {
        await using var scope = database.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().UseSystem();
        var db = scope.ServiceProvider.GetRequiredService<GraphDbContext>();
        Assert.True(db.Tenant.IsSystem);
        Assert.True(scope.ServiceProvider.GetRequiredService<ITenantContext>().IsSystem);
    }

    [Fact]
    public async Task Request_scopes_act_as_the_demo_organization_until_sign_in_exists()
    {
        await using var scope = database.Services.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<ITenantContext>();
        Assert.False(tenant.IsSystem);
        // The demo organization is the first by id; this class fixture's database has none yet.
        Assert.Null(tenant.OrganizationId);
    }
}
