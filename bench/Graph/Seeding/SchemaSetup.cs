using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Startup;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArvexLab.Graph.Bench.Seeding;

/// <summary>
/// Creates the schema with the server's own migrations and loads the built-in catalogs with the server's
/// catalog loader: the same <see cref="DatabaseInitializer"/> the server runs on start, demo data off.
/// </summary>
public static class SchemaSetup
{
    public static async Task<ServiceProvider> MigrateAndLoadCatalogsAsync(BenchDatabase database, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>(database.Settings) { ["Demo:Enabled"] = "false" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddGraphData(configuration, AppContext.BaseDirectory);
        services.AddBuiltInCatalogs();
        var provider = services.BuildServiceProvider();
        var initializer = new DatabaseInitializer(provider.GetRequiredService<IServiceScopeFactory>(), NullLogger<DatabaseInitializer>.Instance);
        await initializer.StartAsync(cancellationToken);
        return provider;
    }
}
