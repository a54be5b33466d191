using ArvexLab.Graph.Server.Data.Interceptors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ArvexLab.Graph.Server.Data;

/// <summary>
/// Builds the configured provider's context for any tenant. Singleton: the options are built once; each
/// context is cheap. Request code goes through <see cref="IGraphDbContextFactory"/> (the scope's tenant) instead.
/// Read-only GraphQL batches lease pooled contexts instead (<see cref="Lease"/>), which saves building EF Core's
/// per-context services for every DataLoader batch.
/// </summary>
public sealed class GraphDbContextActivator
{
    /// <summary>Contexts kept for reuse; more leased at once than this are simply disposed when returned.</summary>
    public const int PoolSize = 128;

    private readonly Func<ITenantContext, GraphDbContext> create;
    private readonly Func<GraphDbContext> leasePooled;

    public GraphDbContextActivator(GraphDataSettings settings, SqlCommandCounter counter)
    {
        Settings = settings;
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            var options = Configure(new DbContextOptionsBuilder<PostgresGraphDbContext>(), settings, counter).Options;
            create = tenant => new PostgresGraphDbContext(options, tenant);
            leasePooled = new PooledDbContextFactory<PostgresGraphDbContext>(options, PoolSize).CreateDbContext;
        }
        else
        {
            var options = Configure(new DbContextOptionsBuilder<SqliteGraphDbContext>(), settings, counter).Options;
            create = tenant => new SqliteGraphDbContext(options, tenant);
            leasePooled = new PooledDbContextFactory<SqliteGraphDbContext>(options, PoolSize).CreateDbContext;
        }
    }

    public GraphDataSettings Settings { get; }

    public GraphDbContext Create(ITenantContext tenant) => create(tenant);

    /// <summary>
    /// A pooled context acting for <paramref name="tenant"/>; disposing it returns it to the pool, which clears its
    /// tracked entities and its tenant (a query on a returned context fails). For short read-only units of work.
    /// </summary>
    public GraphDbContext Lease(ITenantContext tenant)
    {
        var db = leasePooled();
        db.LeaseTo(tenant);
        return db;
    }

    /// <summary>The provider setup shared by the app and the design-time factories.</summary>
    public static DbContextOptionsBuilder<T> Configure<T>(DbContextOptionsBuilder<T> builder, GraphDataSettings settings, SqlCommandCounter? counter)
        where T : GraphDbContext
    {
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(settings.PostgresConnectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory"));
        }
        else
        {
            var connection = new SqliteConnectionStringBuilder
            {
                DataSource = settings.SqlitePath,
                ForeignKeys = true,
                // Seconds a command waits for a lock before failing with 'database is locked'.
                DefaultTimeout = 30,
            };
            builder.UseSqlite(connection.ToString());
            builder.AddInterceptors(SqliteConnectionPragmas.Instance);
        }

        if (counter is not null)
        {
            builder.AddInterceptors(counter);
        }

        // Writes the partner change feed (and webhook outbox) in the transaction of every covered save.
        builder.AddInterceptors(Features.Sync.Changes.ChangeFeedInterceptor.Instance);
        builder.UseOpenIddict();
        // Every row joined through a required relationship belongs to the same organization as its parent,
        // so the tenant filter on the principal never hides a dependent the dependent's own filter would show.
        builder.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
        return builder;
    }
}
