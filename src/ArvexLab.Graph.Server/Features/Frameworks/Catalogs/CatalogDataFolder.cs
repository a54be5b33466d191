namespace ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

/// <summary>
/// Where the built-in catalog data lives: <c>catalogs/*.json</c> (one file per framework version),
/// <c>crosswalks/*.csv</c> (one file per framework pair) and <c>accreditation-bodies.json</c>.
/// </summary>
public sealed record CatalogDataFolder(string Path)
{
    /// <summary>The copy next to the application's assemblies (the build copies Features/Frameworks/Catalogs/Data there).</summary>
    public static CatalogDataFolder Default { get; } =
        new(System.IO.Path.Combine(AppContext.BaseDirectory, "Features", "Frameworks", "Catalogs", "Data"));

    public string CatalogsPath => System.IO.Path.Combine(Path, "catalogs");
    public string CrosswalksPath => System.IO.Path.Combine(Path, "crosswalks");
    public string AccreditationBodiesFile => System.IO.Path.Combine(Path, "accreditation-bodies.json");

    /// <exception cref="DirectoryNotFoundException">The folder or one of its parts is missing.</exception>
    public IReadOnlyList<string> CatalogFiles() => Files(CatalogsPath, "*.json");

    /// <exception cref="DirectoryNotFoundException">The folder or one of its parts is missing.</exception>
    public IReadOnlyList<string> CrosswalkFiles() => Files(CrosswalksPath, "*.csv");

    private static string[] Files(string folder, string pattern)
    {
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, pattern) : [];
        if (files.Length == 0)
        {
            throw new DirectoryNotFoundException($"No {pattern} files in {folder}: is the catalog data copied to the build output?");
        }
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }
}
