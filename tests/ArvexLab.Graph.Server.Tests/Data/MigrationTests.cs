using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Data;

public abstract class MigrationTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [DataFact]
    public async Task Start_up_applies_every_migration_of_the_providers_set()
    {
        await using var db = database.CreateSystemContext();
        var all = db.Database.GetMigrations().ToList();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();

        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(database.Provider == DatabaseProvider.Postgres ? typeof(PostgresGraphDbContext) : typeof(SqliteGraphDbContext), db.GetType());
    }

    [DataFact]
    public async Task Start_up_is_repeatable_on_a_migrated_database()
    {
        await TestDatabase.RunStartupAsync(database.Services);
        await using var db = database.CreateSystemContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [DataFact]
    public async Task Migrated_schema_holds_the_identity_and_openiddict_tables()
    {
        await using var db = database.CreateSystemContext();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>().CountAsync());
        Assert.Equal(0, await db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreToken>().CountAsync());
    }
}

public sealed class SqliteMigrationTests(SqliteTestDatabase database) : MigrationTests<SqliteTestDatabase>(database);

public sealed class PostgresMigrationTests(PostgresTestDatabase database) : MigrationTests<PostgresTestDatabase>(database);

/// <summary>Needs no server: compares each provider's model with its migrations' snapshot.</summary>
public sealed class PendingModelChangesTests
{
    [Fact]
    public void Sqlite_model_has_no_changes_missing_from_its_migrations()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run src/ArvexLab.Graph.Server/Data/add-migration.sh <Name>.");
    }

    [Fact]
    public void Postgres_model_has_no_changes_missing_from_its_migrations()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run src/ArvexLab.Graph.Server/Data/add-migration.sh <Name>.");
    }
}
