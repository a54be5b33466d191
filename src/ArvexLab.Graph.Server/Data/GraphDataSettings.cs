namespace ArvexLab.Graph.Server.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Where the data lives: read once from configuration (see appsettings.example.json).</summary>
public sealed record GraphDataSettings(DatabaseProvider Provider, string DataDirectory, string? PostgresConnectionString)
{
    public const string SqliteFileName = "arvexlab.db";

    public string SqlitePath => Path.Combine(DataDirectory, SqliteFileName);

    /// <summary>Reads <c>Database:Provider</c>, <c>Data:Directory</c> (relative to <paramref name="contentRoot"/>) and <c>ConnectionStrings:Postgres</c>.</summary>
    public static GraphDataSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerName)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{providerName}'.");
        var directory = Path.GetFullPath(configuration["Data:Directory"] is { Length: > 0 } configured ? configured : "data", contentRoot);
        var postgres = configuration.GetConnectionString("Postgres");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(postgres))
        {
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is not set.");
        }

        return new GraphDataSettings(provider, directory, postgres);
    }
}
