using ArvexLab.Graph.Bench.Seeding;
using Npgsql;

namespace ArvexLab.Graph.Bench.Runs;

/// <summary>
/// One database per scale: <c>DIR/scale-N</c> for SQLite, database <c>arvex_bench_N</c> on the given
/// PostgreSQL server. Seeded fresh unless <c>--reuse</c> finds one already there.
/// </summary>
public sealed class BenchDatabases(string sqliteRoot, string? postgresServer, bool reuse)
{
    public async Task<(BenchDatabase Database, SeedReport? Seeded)> PrepareAsync(int scale, CancellationToken cancellationToken)
    {
        BenchDatabase database;
        bool exists;
        if (postgresServer is null)
        {
            database = BenchDatabase.Sqlite(Path.Combine(sqliteRoot, $"scale-{scale}"));
            exists = File.Exists(SeededMarker(database));
        }
        else
        {
            var name = $"arvex_bench_{scale}";
            database = BenchDatabase.Postgres(new NpgsqlConnectionStringBuilder(postgresServer) { Database = name }.ConnectionString);
            exists = await PostgresDatabaseExistsAsync(name, cancellationToken);
            if (!(reuse && exists))
            {
                await RecreatePostgresDatabaseAsync(name, cancellationToken);
            }
        }

        if (reuse && exists)
        {
            return (database, null);
        }

        var seeded = await DataScaleSeeder.SeedAsync(database, new SeedScale(scale), cancellationToken);
        if (database.Provider == Server.Data.DatabaseProvider.Sqlite)
        {
            await File.WriteAllTextAsync(SeededMarker(database), System.Text.Json.JsonSerializer.Serialize(seeded), cancellationToken);
        }

        return (database, seeded);
    }

    // Written only after a complete seeding, so an interrupted one is never reused; v2 = with the change feed rows.
    private static string SeededMarker(BenchDatabase database) => Path.Combine(database.Location, "seeded-v2.json");

    private async Task<bool> PostgresDatabaseExistsAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAdminAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private async Task RecreatePostgresDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = await OpenAdminAsync(cancellationToken);
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", $"CREATE DATABASE \"{name}\"" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<NpgsqlConnection> OpenAdminAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgresServer) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
