using ArvexLab.Graph.Server.Data;

namespace ArvexLab.Graph.Bench.Seeding;

/// <summary>
/// Where a benchmark database lives, as the server's own settings (<c>Database:Provider</c>, <c>Data:Directory</c>,
/// <c>ConnectionStrings:Postgres</c>), so the seeder and the server under test open exactly the same database.
/// </summary>
public sealed record BenchDatabase(DatabaseProvider Provider, string Location)
{
    public static BenchDatabase Sqlite(string directory) => new(DatabaseProvider.Sqlite, Path.GetFullPath(directory));

    public static BenchDatabase Postgres(string connectionString) => new(DatabaseProvider.Postgres, connectionString);

    public IReadOnlyDictionary<string, string?> Settings => Provider == DatabaseProvider.Sqlite
        ? new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["Data:Directory"] = Location }
        : new Dictionary<string, string?> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Postgres"] = Location };

    public GraphDataSettings DataSettings => Provider == DatabaseProvider.Sqlite
        ? new GraphDataSettings(Provider, Location, null)
        : new GraphDataSettings(Provider, "unused", Location);

    public override string ToString() => Provider == DatabaseProvider.Sqlite
        ? $"SQLite {Path.Combine(Location, GraphDataSettings.SqliteFileName)}"
        : "PostgreSQL " + new Npgsql.NpgsqlConnectionStringBuilder(Location) { Password = null }.ConnectionString;
}
