using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Catalogs;

/// <summary>Where tests find the shipped catalog data and the shared reference material.</summary>
internal static class CatalogTestData
{
    /// <summary>The data folder in the source tree: the files the repository ships, exactly as committed.</summary>
    public static CatalogDataFolder SourceFolder { get; } = new(Path.Combine(RepositoryRoot(), "src", "ArvexLab.Graph.Server",
        "Features", "Frameworks", "Catalogs", "Data"));

    /// <summary>/work/shared/reference (next to the repository's parent): facts to cross-check the data against.</summary>
    public static string ReferenceFile(string name)
    {
        var path = Path.Combine(Path.GetDirectoryName(RepositoryRoot())!, "shared", "reference", name);
        return File.Exists(path) ? path : Path.Combine("/work/shared/reference", name);
    }

    /// <summary>A writable copy of the shipped data, for tests that change files.</summary>
    public static CatalogDataFolder CopyTo(string target)
    {
        foreach (var file in Directory.GetFiles(SourceFolder.Path, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(SourceFolder.Path, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return new CatalogDataFolder(target);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArvexLab.Graph.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("ArvexLab.Graph.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One database with the built-in catalogs loaded once, shared by the read-only catalog tests.</summary>
public sealed class LoadedCatalogs : IAsyncLifetime
{
    private readonly CatalogTestDatabase database = new();

    internal Server.Data.SqliteGraphDbContext Open() => database.Open();

    public async Task InitializeAsync()
    {
        await using var db = database.Open();
        await new BuiltInCatalogLoader(CatalogTestData.SourceFolder).SeedAsync(db, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        database.Dispose();
        return Task.CompletedTask;
    }
}
