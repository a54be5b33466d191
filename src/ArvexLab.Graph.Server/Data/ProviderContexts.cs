using ArvexLab.Graph.Server.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ArvexLab.Graph.Server.Data;

/// <summary>SQLite flavour of the context: owns the migrations under Data/Migrations/Sqlite.</summary>
public sealed class SqliteGraphDbContext : GraphDbContext
{
    /// <summary>For EF Core's context pool (its one public constructor); the activator leases it to a tenant.</summary>
    public SqliteGraphDbContext(DbContextOptions<SqliteGraphDbContext> options)
        : base(options, UnleasedTenant.Instance)
    {
    }

    internal SqliteGraphDbContext(DbContextOptions<SqliteGraphDbContext> options, ITenantContext tenant)
        : base(options, tenant)
    {
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite cannot compare or ORDER BY DateTimeOffset text; UTC ticks keep keyset paging and filters in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}

/// <summary>PostgreSQL flavour of the context: owns the migrations under Data/Migrations/Postgres.</summary>
public sealed class PostgresGraphDbContext : GraphDbContext
{
    /// <summary>For EF Core's context pool (its one public constructor); the activator leases it to a tenant.</summary>
    public PostgresGraphDbContext(DbContextOptions<PostgresGraphDbContext> options)
        : base(options, UnleasedTenant.Instance)
    {
    }

    internal PostgresGraphDbContext(DbContextOptions<PostgresGraphDbContext> options, ITenantContext tenant)
        : base(options, tenant)
    {
    }
}
