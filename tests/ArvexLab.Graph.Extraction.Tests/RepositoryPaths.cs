namespace ArvexLab.Graph.Extraction.Tests;

/// <summary>Finds the repository root (the folder holding ArvexLab.Graph.sln) and the shared corpus beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string RealCorpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "real"));

    public static string Fixtures => Path.Combine(Root, "tests", "ArvexLab.Graph.Extraction.Tests", "Fixtures");

    public static string Real(string name) => Path.Combine(RealCorpus, name);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ArvexLab.Graph.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ArvexLab.Graph.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs the real documents; skipped, with the reason, when the folder is absent.</summary>
public sealed class RealCorpusFactAttribute : FactAttribute
{
    public RealCorpusFactAttribute()
    {
        if (!Directory.Exists(RepositoryPaths.RealCorpus))
        {
            Skip = $"Real corpus folder {RepositoryPaths.RealCorpus} is absent on this machine.";
        }
    }
}

/// <summary>A theory that needs the real documents; skipped, with the reason, when the folder is absent.</summary>
public sealed class RealCorpusTheoryAttribute : TheoryAttribute
{
    public RealCorpusTheoryAttribute()
    {
        if (!Directory.Exists(RepositoryPaths.RealCorpus))
        {
            Skip = $"Real corpus folder {RepositoryPaths.RealCorpus} is absent on this machine.";
        }
    }
}
