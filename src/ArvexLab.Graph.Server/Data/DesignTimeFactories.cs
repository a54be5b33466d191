using ArvexLab.Graph.Server.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ArvexLab.Graph.Server.Data;

/// <summary>Lets <c>dotnet ef migrations add ... --context SqliteGraphDbContext</c> build the model without running the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGraphDbContext>
{
    public SqliteGraphDbContext CreateDbContext(string[] args)
    {
        var settings = new GraphDataSettings(DatabaseProvider.Sqlite, Path.GetFullPath("data"), null);
        var options = GraphDbContextActivator.Configure(new DbContextOptionsBuilder<SqliteGraphDbContext>(), settings, counter: null).Options;
        return new SqliteGraphDbContext(options, SystemTenantContext.Instance);
    }
}

/// <summary>
/// Lets <c>dotnet ef migrations add ... --context PostgresGraphDbContext</c> build the model without a server;
/// <c>ARVEX_DESIGN_POSTGRES</c> supplies a real connection string for commands that connect (database update).
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGraphDbContext>
{
    public PostgresGraphDbContext CreateDbContext(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("ARVEX_DESIGN_POSTGRES") ?? "Host=localhost;Database=arvexlab;Username=postgres";
        var settings = new GraphDataSettings(DatabaseProvider.Postgres, Path.GetFullPath("data"), connection);
        var options = GraphDbContextActivator.Configure(new DbContextOptionsBuilder<PostgresGraphDbContext>(), settings, counter: null).Options;
        return new PostgresGraphDbContext(options, SystemTenantContext.Instance);
    }
}
