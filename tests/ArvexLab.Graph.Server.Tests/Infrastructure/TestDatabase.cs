using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ArvexLab.Graph.Server.Tests.Infrastructure;

/// <summary>
/// A real, freshly migrated database for one test class (xunit class fixture), created under a random name
/// and removed afterwards. Services are built by the production <c>AddGraphData</c>, so tests exercise the
/// same providers, interceptors and start-up path as the app. Demo data is off unless a test turns it on.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    private ServiceProvider? services;
    private readonly List<IAsyncDisposable> dependents = [];

    /// <summary>Disposes <paramref name="dependent"/> (e.g. a server on this database) before the database goes.</summary>
    public void DisposeWith(IAsyncDisposable dependent)
    {
        lock (dependents)
        {
            dependents.Add(dependent);
        }
    }

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The configuration that points the app at this database (also usable with WebApplicationFactory).</summary>
    public abstract IReadOnlyDictionary<string, string?> Configuration { get; }

    public IServiceProvider Services => services ?? throw new InvalidOperationException("The database is not initialized.");

    public GraphDbContextActivator Activator => Services.GetRequiredService<GraphDbContextActivator>();

    public GraphDbContext CreateContext(ITenantContext tenant) => Activator.Create(tenant);

    public GraphDbContext CreateSystemContext() => CreateContext(TestTenant.System);

    /// <summary>A service provider on this database, as the app would build it, with extra settings on top.</summary>
    public ServiceProvider BuildServices(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(Configuration) { ["Demo:Enabled"] = "false" };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddGraphData(configuration, contentRoot: Path.GetTempPath());
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>Runs the app's start-up work (migrate, then the enabled seeders) against this database.</summary>
    public static Task RunStartupAsync(IServiceProvider provider) =>
        provider.GetServices<IHostedService>().OfType<DatabaseInitializer>().Single().StartAsync(CancellationToken.None);

    public async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        services = BuildServices();
        await RunStartupAsync(services);
    }

    public async Task DisposeAsync()
    {
        foreach (var dependent in dependents)
        {
            await dependent.DisposeAsync();
        }

        if (services is not null)
        {
            await services.DisposeAsync();
        }

        await DropDatabaseAsync();
    }

    protected abstract Task CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();
}
