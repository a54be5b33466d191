using System.Diagnostics;

namespace ArvexLab.Graph.Extraction.Tests.Tool;

/// <summary>The console tool's `--serve` mode, run as a real process: one JSON line in, one JSON line out.</summary>
public sealed class ServeModeTests
{
    private static readonly string Letter = Path.Combine(RepositoryPaths.Fixtures, "generated", "bridge-letter-no-changes.pdf");
    private static readonly string Certificate = Path.Combine(RepositoryPaths.Fixtures, "generated", "iso27001-2013-din-en-bilingual.pdf");

    [Fact]
    public async Task Serve_answers_each_request_line_with_what_the_single_file_mode_prints()
    {
        var (lines, exitCode, _) = await RunToolAsync(["--serve", "--no-ocr"],
            Request(Letter) + "\n" + Request("/no/such/file.pdf") + "\n\n" + Request(Certificate) + "\n" + Request(Letter) + "\n");

        Assert.Equal(0, exitCode);
        Assert.Equal(4, lines.Length);
        Assert.Equal((await RunToolAsync([Letter, "--no-ocr"], "")).Lines.Single(), lines[0]);
        Assert.StartsWith("{\"error\":{\"code\":\"NOT_A_PDF\"", lines[1], StringComparison.Ordinal);
        Assert.Equal((await RunToolAsync([Certificate, "--no-ocr"], "")).Lines.Single(), lines[2]);
        Assert.Equal(lines[0], lines[3]);
        Assert.Contains("\"kind\":\"BRIDGE_LETTER\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"ISO27001_CERTIFICATE\"", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_stops_with_exit_code_1_on_a_line_that_is_not_a_request()
    {
        var (lines, exitCode, stderr) = await RunToolAsync(["--serve", "--no-ocr"], Request(Letter) + "\n" + "[\"not\", \"a request\"]\n" + Request(Letter) + "\n");

        Assert.Equal(1, exitCode);
        Assert.Single(lines);
        Assert.Contains("{\"file\"", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exit_with_parent_changes_nothing_while_the_parent_lives()
    {
        var single = await RunToolAsync([Letter, "--no-ocr", "--exit-with-parent"], "");
        var served = await RunToolAsync(["--serve", "--no-ocr", "--exit-with-parent"], Request(Letter) + "\n" + Request(Certificate) + "\n");

        Assert.Equal((0, string.Empty), (single.ExitCode, single.Stderr));
        Assert.Equal((await RunToolAsync([Letter, "--no-ocr"], "")).Lines.Single(), single.Lines.Single());
        Assert.Equal(0, served.ExitCode);
        Assert.Equal(single.Lines.Single(), served.Lines[0]);
        Assert.Equal((await RunToolAsync([Certificate, "--no-ocr"], "")).Lines.Single(), served.Lines[1]);
    }

    private static string Request(string file) => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["file"] = file });

    private static async Task<(string[] Lines, int ExitCode, string Stderr)> RunToolAsync(string[] arguments, string stdin)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(ToolAssembly());
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        return ((await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries), process.ExitCode, await stderr);
    }

    // The tool is built with this project (a reference without its assembly), in the same configuration.
    internal static string ToolAssembly()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        return Path.Combine(RepositoryPaths.Root, "src", "ArvexLab.Graph.Extract", "bin", configuration, "net10.0", "arvex-extract.dll");
    }
}
