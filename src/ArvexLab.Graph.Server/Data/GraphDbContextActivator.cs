using ArvexLab.Graph.Server.Data.Interceptors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ArvexLab.Graph.Server.Data;

/// <summary>
/// Builds the configured provider's context for any tenant. Singleton: the options are built once; each
/// context is cheap. Request code goes through <see cref="IGraphDbContextFactory"/> (the scope's tenant) instead.
/// </summary>
public sealed class GraphDbContextActivator
{
    private readonly Func<ITenantContext, GraphDbContext> create;

    public GraphDbContextActivator(GraphDataSettings settings, SqlCommandCounter counter)
    {
        Settings = settings;
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            var options = Configure(new DbContextOptionsBuilder<PostgresGraphDbContext>(), settings, counter).Options;
            create = tenant => new PostgresGraphDbContext(options, tenant);
        }
        else
        {
            var options = Configure(new DbContextOptionsBuilder<SqliteGraphDbContext>(), settings, counter).Options;
            create = tenant => new SqliteGraphDbContext(options, tenant);
        }
    }

    public GraphDataSettings Settings { get; }

    public GraphDbContext Create(ITenantContext tenant) => create(tenant);

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
