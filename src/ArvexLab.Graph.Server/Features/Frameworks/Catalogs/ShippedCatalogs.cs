namespace ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

/// <summary>
/// The framework versions the application ships as files. The catalog loader brings them back in line with their
/// files on every start, so an edit made through the graph would silently revert: administration treats them as
/// read-only and changes go into a new catalog version instead.
/// </summary>
public sealed class ShippedCatalogs(CatalogDataFolder folder)
{
    private readonly Lazy<HashSet<(string Key, string Version)>> versions = new(() => folder.CatalogFiles()
        .Select(file => FrameworkJsonFormat.Read(File.ReadAllText(file)))
        .Select(document => (document.Key, document.CatalogVersion))
        .ToHashSet());

    public bool Contains(string key, string catalogVersion) => versions.Value.Contains((key, catalogVersion));
}
