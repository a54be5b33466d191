namespace ArvexLab.Graph.Server.Tests.Infrastructure;

/// <summary>The repository root (the folder holding ArvexLab.Graph.sln), found from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The real documents shared beside the repository (never copied into it).</summary>
    public static string RealCorpus => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", "corpus", "real"));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ArvexLab.Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ArvexLab.Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
