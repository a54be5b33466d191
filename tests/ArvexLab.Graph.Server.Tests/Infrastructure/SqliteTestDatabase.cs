using ArvexLab.Graph.Server.Data;
using Microsoft.Data.Sqlite;

namespace ArvexLab.Graph.Server.Tests.Infrastructure;

/// <summary>A real SQLite file in its own temp folder (the app's Data:Directory), deleted afterwards.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "arvex-test-" + Guid.NewGuid().ToString("N"));

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string DataDirectory => directory;

    public override IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["Data:Directory"] = directory,
    };

    protected override Task CreateDatabaseAsync()
    {
        Directory.CreateDirectory(directory);
        return Task.CompletedTask;
    }

    protected override Task DropDatabaseAsync()
    {
        // Pooled connections keep the file open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
