namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

/// <summary>
/// How to start the extraction tool: a .dll runs under the dotnet host, a .sh under /bin/sh, anything else directly.
/// Without <c>Extraction:ToolPath</c> it looks for arvex-extract.dll beside the server, then in the built output of
/// src/ArvexLab.Graph.Extract above the server's folder (a development checkout).
/// </summary>
public sealed record ExtractionToolCommand(string FileName, IReadOnlyList<string> Arguments)
{
    public const string ToolAssembly = "arvex-extract.dll";

    public static ExtractionToolCommand Resolve(string? configuredPath)
    {
        var path = configuredPath is null
            ? FindDefault() ?? throw new FileNotFoundException($"{ToolAssembly} was not found beside the server or in src/ArvexLab.Graph.Extract/bin; set Extraction:ToolPath.")
            : Path.GetFullPath(configuredPath, AppContext.BaseDirectory);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The extraction tool '{path}' does not exist (Extraction:ToolPath).", path);
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".dll" => new ExtractionToolCommand(DotnetHost(), [path]),
            ".sh" => new ExtractionToolCommand("/bin/sh", [path]),
            _ => new ExtractionToolCommand(path, []),
        };
    }

    private static string? FindDefault()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, ToolAssembly);
        if (File.Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var bin = new DirectoryInfo(Path.Combine(dir.FullName, "src", "ArvexLab.Graph.Extract", "bin"));
            if (bin.Exists)
            {
                return bin.EnumerateFiles(ToolAssembly, SearchOption.AllDirectories)
                    .OrderByDescending(f => f.LastWriteTimeUtc)
                    .Select(f => f.FullName)
                    .FirstOrDefault();
            }
        }

        return null;
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
