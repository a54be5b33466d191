using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Data;

/// <summary>SQLite flavour of the context: owns the migrations under Data/Migrations/Sqlite.</summary>
public sealed class SqliteGraphDbContext(DbContextOptions<SqliteGraphDbContext> options, ITenantContext tenant)
    : GraphDbContext(options, tenant);

/// <summary>PostgreSQL flavour of the context: owns the migrations under Data/Migrations/Postgres.</summary>
public sealed class PostgresGraphDbContext(DbContextOptions<PostgresGraphDbContext> options, ITenantContext tenant)
    : GraphDbContext(options, tenant);
