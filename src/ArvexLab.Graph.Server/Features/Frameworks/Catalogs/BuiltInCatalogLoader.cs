using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Features.Frameworks.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

/// <summary>
/// Loads the built-in catalogs and crosswalks shipped with the application on every start. Idempotent: a second run
/// writes nothing. A file with a new <c>catalogVersion</c> adds a framework version and leaves older ones (and what is
/// mapped to them) alone; changed text within a version is updated in place. Requirements dropped from a file within
/// the same version are kept, so no control mapping loses its target; retire them with a new catalog version.
/// </summary>
public sealed class BuiltInCatalogLoader(CatalogDataFolder? folder = null, ILogger<BuiltInCatalogLoader>? logger = null) : IDataSeeder
{
    private readonly CatalogDataFolder folder = folder ?? CatalogDataFolder.Default;
    private readonly ILogger logger = logger ?? NullLogger<BuiltInCatalogLoader>.Instance;

    private const int MaxAttempts = 20;

    public int Order => 100;

    public async Task SeedAsync(GraphDbContext db, CancellationToken cancellationToken)
    {
        // Another node loading at the same moment makes the built-in unique indexes refuse our copy of a row it just
        // wrote: load again over its rows. Each pass gets further (what it wrote is found, not inserted), so a few suffice.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await LoadAsync(db, cancellationToken);
                return;
            }
            catch (DbUpdateException e) when (CatalogEdits.IsUniqueViolation(e) && attempt < MaxAttempts)
            {
                logger.LogInformation("Built-in catalogs are being loaded by another node too; loading again (attempt {Attempt})", attempt + 1);
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task LoadAsync(GraphDbContext db, CancellationToken cancellationToken)
    {
        var documents = await ReadDocumentsAsync(cancellationToken);
        var importer = new FrameworkImporter(db);
        var frameworks = new List<(Data.Entities.Framework Framework, FrameworkDocument Document)>();
        foreach (var document in documents)
        {
            frameworks.Add((await importer.ImportRequirementsAsync(document, organizationId: null, cancellationToken), document));
        }
        // Mappings second: their targets may be frameworks loaded after their source.
        foreach (var (framework, document) in frameworks)
        {
            await importer.SyncMappingsAsync(framework, document.Mappings, cancellationToken);
        }
        logger.LogInformation("Built-in catalogs loaded: {Frameworks} framework versions, {Mappings} crosswalk rows",
            frameworks.Count, frameworks.Sum(f => f.Document.Mappings.Count));
    }

    /// <summary>The catalog files with the crosswalk rows attached to their source framework version.</summary>
    /// <exception cref="FormatException">A file is malformed, or a crosswalk names a framework version without a catalog file.</exception>
    public async Task<IReadOnlyList<FrameworkDocument>> ReadDocumentsAsync(CancellationToken cancellationToken)
    {
        var documents = new List<FrameworkDocument>();
        foreach (var file in folder.CatalogFiles())
        {
            var document = FrameworkJsonFormat.Read(await File.ReadAllTextAsync(file, cancellationToken));
            if (document.Mappings.Count > 0)
            {
                throw new FormatException($"{Path.GetFileName(file)}: built-in mappings belong in the crosswalk files.");
            }
            documents.Add(document);
        }
        var duplicate = documents.GroupBy(d => (d.Key, d.CatalogVersion)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new FormatException($"Two catalog files for {duplicate.Key.Key} {duplicate.Key.CatalogVersion}.");

        var rows = new List<CrosswalkRow>();
        foreach (var file in folder.CrosswalkFiles())
        {
            rows.AddRange(CrosswalkCsvFormat.Read(await File.ReadAllTextAsync(file, cancellationToken), Path.GetFileName(file)));
        }
        var bySource = rows.ToLookup(r => (r.SourceFramework, r.SourceVersion));
        var unknown = bySource.Select(g => g.Key).Except(documents.Select(d => (d.Key, d.CatalogVersion))).ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"Crosswalk rows start at framework versions without a catalog file: {string.Join(", ", unknown)}.");
        }
        return documents.Select(d => d with
        {
            Mappings = bySource[(d.Key, d.CatalogVersion)]
                .Select(r => new MappingDocument(r.SourceRef, r.TargetFramework, r.TargetVersion, r.TargetRef, r.Relationship, r.Source))
                .ToList(),
        }).ToList();
    }
}
