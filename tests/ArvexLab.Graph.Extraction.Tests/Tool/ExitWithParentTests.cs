using System.Diagnostics;

namespace ArvexLab.Graph.Extraction.Tests.Tool;

/// <summary>
/// `--exit-with-parent` with real processes: the tool runs as the child of a bash that stands in for the server, and
/// the bash is killed with SIGKILL (no shutdown, as when the server is killed); the tool must end by itself.
/// </summary>
public sealed class ExitWithParentTests : IDisposable
{
    private static readonly string Letter = Path.Combine(RepositoryPaths.Fixtures, "generated", "bridge-letter-no-changes.pdf");
    private readonly List<int> started = [];
    private readonly string fifo = Path.Combine(Path.GetTempPath(), "arvex-parent-" + Guid.NewGuid().ToString("N") + ".pdf");

    [Fact]
    public async Task A_tool_busy_on_a_document_ends_itself_when_its_parent_is_killed_and_not_before()
    {
        // A named pipe nobody writes to: the tool blocks reading it, as on a document that takes long.
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        using var parent = StartUnderBash($"'{fifo}' --no-ocr --exit-with-parent");
        var tool = await ToolPidAsync(parent);

        // Many watch periods with the parent alive: the tool keeps working.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False(Gone(tool), $"tool {tool} ended while its parent was alive");

        parent.Kill();
        Assert.True(await GoneWithinAsync(tool, TimeSpan.FromSeconds(5)), $"tool {tool} outlived its killed parent");
    }

    [Fact]
    public async Task A_serving_tool_ends_itself_when_its_parent_is_killed_although_its_stdin_stays_open_and_writes_nothing_more()
    {
        // The tool reads this test's stdin pipe (kept open here), so only the parent watch can end it.
        using var parent = StartUnderBash("--serve --no-ocr --exit-with-parent <&0");
        var tool = await ToolPidAsync(parent);
        await parent.StandardInput.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["file"] = Letter }));
        await parent.StandardInput.FlushAsync();
        var answer = await parent.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Contains("\"kind\":\"BRIDGE_LETTER\"", answer, StringComparison.Ordinal);

        parent.Kill();
        Assert.True(await GoneWithinAsync(tool, TimeSpan.FromSeconds(5)), $"serving tool {tool} outlived its killed parent");
        // The stdout pipe closes with the tool, and nothing was written after the answer.
        Assert.Equal(string.Empty, await parent.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private Process StartUnderBash(string toolArguments)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"dotnet '{ServeModeTests.ToolAssembly()}' {toolArguments} & echo $!; wait");
        var parent = Process.Start(info)!;
        started.Add(parent.Id);
        return parent;
    }

    private async Task<int> ToolPidAsync(Process parent)
    {
        var tool = int.Parse((await parent.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)))!, System.Globalization.CultureInfo.InvariantCulture);
        started.Add(tool);
        return tool;
    }

    /// <summary>Gone, or a zombie waiting for whoever adopted it to reap it: either way it runs no more.</summary>
    private static bool Gone(int pid)
    {
        try
        {
            return !File.ReadLines($"/proc/{pid}/status").Any(l => l.StartsWith("State:", StringComparison.Ordinal) && !l.Contains('Z'));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static async Task<bool> GoneWithinAsync(int pid, TimeSpan patience)
    {
        var until = DateTime.UtcNow + patience;
        while (!Gone(pid))
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    public void Dispose()
    {
        // A failed test must not leave its processes behind: only the ones this test started, by pid.
        foreach (var pid in started.Where(p => !Gone(p)))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // Ended meanwhile.
            }
        }

        File.Delete(fifo);
    }
}
