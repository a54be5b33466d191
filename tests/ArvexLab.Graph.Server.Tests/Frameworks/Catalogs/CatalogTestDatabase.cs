using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Catalogs;

/// <summary>
/// A real, migrated SQLite file in its own temp folder, set up as the app sets it up (same options and
/// interceptors), opened as the system tenant the seeders run under; deleted on dispose.
/// </summary>
internal sealed class CatalogTestDatabase : IDisposable
{
    private readonly GraphDataSettings settings = new(DatabaseProvider.Sqlite,
        Path.Combine(Path.GetTempPath(), "arvexlab-catalogs-" + Guid.NewGuid().ToString("N")), null);
    private readonly DbContextOptions<SqliteGraphDbContext> options;

    public CatalogTestDatabase()
    {
        Directory.CreateDirectory(settings.DataDirectory);
        options = GraphDbContextActivator.Configure(new DbContextOptionsBuilder<SqliteGraphDbContext>(), settings, counter: null).Options;
        using var db = Open();
        db.Database.Migrate();
    }

    public SqliteGraphDbContext Open() => new(options, SystemTenantContext.Instance);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(settings.DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
    }
}
