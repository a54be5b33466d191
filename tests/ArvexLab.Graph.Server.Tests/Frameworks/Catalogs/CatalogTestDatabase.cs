using ArvexLab.Graph.Server.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Catalogs;

/// <summary>The tenant context of start-up work: sees every row, stamps organizations explicitly.</summary>
internal sealed class SystemTenant : ITenantContext
{
    public long? OrganizationId => null;
    public bool IsSystem => true;
}

/// <summary>A real SQLite file in its own temp folder, deleted on dispose.</summary>
internal sealed class CatalogTestDatabase : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "arvexlab-catalogs-" + Guid.NewGuid().ToString("N"));

    public CatalogTestDatabase()
    {
        Directory.CreateDirectory(folder);
        using var db = Open();
        // Migrations are not in the repository yet; the schema comes straight from the model.
        db.Database.EnsureCreated();
    }

    public SqliteGraphDbContext Open()
    {
        var options = new DbContextOptionsBuilder<SqliteGraphDbContext>()
            .UseSqlite($"Data Source={Path.Combine(folder, "graph.db")}")
            .Options;
        return new SqliteGraphDbContext(options, new SystemTenant());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
    }
}
