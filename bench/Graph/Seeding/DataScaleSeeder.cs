using System.Diagnostics;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Bench.Seeding;

/// <summary>What a seeding run wrote and how long it took.</summary>
/// <remarks><see cref="CpuSeconds"/> is this process's processor time: on a shared, loaded machine it is the better guide to the idle wall time.</remarks>
public sealed record SeedReport(string Database, int Scale, long Rows, double Seconds, double CpuSeconds, IReadOnlyDictionary<string, double> TableSeconds, long OrganizationId);

/// <summary>
/// Fills an empty database at a given scale: server migrations and catalogs first, then one benchmark
/// organization whose vendors, documents, findings and control mappings go in through the bulk path.
/// </summary>
public static class DataScaleSeeder
{
    public const string OrganizationSlug = "bench";

    public static async Task<SeedReport> SeedAsync(BenchDatabase database, SeedScale scale, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            DeleteSqliteFiles(database.DataSettings.SqlitePath);
        }

        await using var services = await SchemaSetup.MigrateAndLoadCatalogsAsync(database, cancellationToken);
        var tables = new Dictionary<string, double> { ["migrations + catalogs"] = clock.Elapsed.TotalSeconds };

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().UseSystem();
        await using var db = scope.ServiceProvider.GetRequiredService<IGraphDbContextFactory>().Create();
        if (await db.Vendors.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException($"{database} already has vendors: seed into an empty database.");
        }

        var now = DateTimeOffset.UtcNow;
        var organization = new Organization { Name = "Bench Org", Slug = OrganizationSlug, CreatedAt = now };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        var requirements = await db.Requirements.Where(r => r.OrganizationId == null).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        if (requirements.Count < 2)
        {
            throw new InvalidOperationException("The built-in catalogs did not load: no requirements to map controls to.");
        }

        var rows = new BenchRows(scale, organization.Id, requirements, now);
        long total = 0;
        await using (var writer = await OpenWriterAsync(database, db.Model, cancellationToken))
        {
            async Task Table<T>(string name, IEnumerable<T> items) where T : class
            {
                var started = clock.Elapsed;
                total += await writer.WriteAsync(items, cancellationToken);
                tables[name] = (clock.Elapsed - started).TotalSeconds;
            }

            await Table("vendors", rows.Vendors());
            await Table("documents", rows.Documents());
            await Table("controls", rows.Controls());
            await Table("exceptions", rows.Exceptions());
            await Table("cuecs", rows.Cuecs());
            await Table("control mappings", rows.Mappings());
            await Table("changes", rows.Changes());
            await Table("change counter", [rows.ChangeCounter()]);
            var commit = clock.Elapsed;
            await writer.CompleteAsync(cancellationToken);
            tables["commit + analyze"] = (clock.Elapsed - commit).TotalSeconds;
        }

        return new SeedReport(database.ToString(), scale.Factor, total, clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, tables, organization.Id);
    }

    private static async Task<IBulkTableWriter> OpenWriterAsync(BenchDatabase database, Microsoft.EntityFrameworkCore.Metadata.IModel model, CancellationToken cancellationToken) =>
        database.Provider == DatabaseProvider.Sqlite
            ? await SqliteBulkWriter.OpenAsync(model, database.DataSettings.SqlitePath, cancellationToken)
            : await PostgresBulkWriter.OpenAsync(model, database.Location, cancellationToken);

    private static void DeleteSqliteFiles(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
