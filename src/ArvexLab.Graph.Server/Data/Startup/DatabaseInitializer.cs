using ArvexLab.Graph.Server.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Data.Startup;

/// <summary>
/// Migrate, then seed (eShop's migrate-and-seed): runs in StartAsync, so the app serves no request before
/// its database is current. All seeders share one scope switched to the system tenant, in <see cref="IDataSeeder.Order"/>.
/// </summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().UseSystem();
        var activator = scope.ServiceProvider.GetRequiredService<GraphDbContextActivator>();
        if (activator.Settings.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(activator.Settings.DataDirectory);
        }

        var db = scope.ServiceProvider.GetRequiredService<GraphDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s) to the {Provider} database: {Migrations}", pending.Count, activator.Settings.Provider, string.Join(", ", pending));
        }

        await db.Database.MigrateAsync(cancellationToken);

        foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OrderBy(s => s.Order))
        {
            logger.LogInformation("Running seeder {Seeder} (order {Order})", seeder.GetType().Name, seeder.Order);
            await seeder.SeedAsync(db, cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
