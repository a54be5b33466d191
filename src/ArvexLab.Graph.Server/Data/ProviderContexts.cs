using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ArvexLab.Graph.Server.Data;

/// <summary>SQLite flavour of the context: owns the migrations under Data/Migrations/Sqlite.</summary>
public sealed class SqliteGraphDbContext(DbContextOptions<SqliteGraphDbContext> options, ITenantContext tenant)
    : GraphDbContext(options, tenant)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite cannot compare or order DateTimeOffset values; stored as sortable 64-bit numbers
        // (all timestamps are UTC, so the binary form orders like the instants).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>PostgreSQL flavour of the context: owns the migrations under Data/Migrations/Postgres.</summary>
public sealed class PostgresGraphDbContext(DbContextOptions<PostgresGraphDbContext> options, ITenantContext tenant)
    : GraphDbContext(options, tenant);
