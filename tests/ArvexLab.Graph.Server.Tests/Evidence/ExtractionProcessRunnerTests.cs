using System.Diagnostics;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>The runner against real child processes (the shell tools under Evidence/Tools), not mocks.</summary>
public sealed class ExtractionProcessRunnerTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("arvex-runner-test-");

    private static ExtractionProcessRunner Runner(string tool, TimeSpan? timeout = null, int memoryLimitMb = 256) =>
        new(new ExtractionSettings { ToolPath = PipelineTestKit.ToolPath(tool), Timeout = timeout ?? TimeSpan.FromSeconds(20), MemoryLimitMb = memoryLimitMb },
            NullLogger<ExtractionProcessRunner>.Instance);

    private string Pdf(string content = "%PDF-1.7 test")
    {
        var path = Path.Combine(folder.FullName, "input.pdf");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task A_successful_run_parses_the_tools_json_and_passes_the_memory_limit_to_the_child()
    {
        var result = await Runner("fake-extract.sh", memoryLimitMb: 256).RunAsync(Pdf(), CancellationToken.None);

        Assert.Null(result.Failure);
        var output = Assert.IsType<Features.Evidence.Import.ExtractionOutput>(result.Output);
        Assert.Equal("SOC2_TYPE_II", output.Kind);
        Assert.Equal(3, output.Controls.Count);
        Assert.Equal("Security; Availability", output.Fields["trustServicesCategories"].Text);
        // 256 MB as the hex byte count the .NET runtime expects.
        Assert.Contains("heap-limit:10000000", output.Warnings);
    }

    [Fact]
    public async Task A_rejected_input_maps_to_the_tools_error_code_without_retry()
    {
        var result = await Runner("fake-extract.sh").RunAsync(Pdf("GIF89a not a pdf"), CancellationToken.None);

        Assert.Null(result.Output);
        Assert.Equal(new ExtractionFailure("NOT_A_PDF", "The file is not a PDF.", Retryable: false), result.Failure);
    }

    [Fact]
    public async Task A_crashing_process_maps_to_WORKER_CRASHED_with_its_stderr()
    {
        var result = await Runner("crash-extract.sh").RunAsync(Pdf(), CancellationToken.None);

        Assert.Null(result.Output);
        Assert.Equal(ExtractionFailure.WorkerCrashed, result.Failure!.Code);
        Assert.True(result.Failure.Retryable);
        Assert.Contains("Internal CLR error", result.Failure.Message);
    }

    [Fact]
    public async Task A_hanging_process_is_killed_with_its_children_at_the_time_limit_and_maps_to_TIMEOUT()
    {
        var pdf = Pdf();
        var watch = Stopwatch.StartNew();

        var result = await Runner("hang-extract.sh", TimeSpan.FromSeconds(2)).RunAsync(pdf, CancellationToken.None);

        watch.Stop();
        Assert.Equal(ExtractionFailure.Timeout, result.Failure!.Code);
        Assert.False(result.Failure.Retryable);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(15));
        var child = int.Parse(File.ReadAllText(pdf + ".child-pid").Trim());
        Assert.False(IsAlive(child), $"The hanging tool's child process {child} survived the kill.");
    }

    [Fact]
    public async Task A_missing_tool_maps_to_TOOL_UNAVAILABLE()
    {
        var result = await Runner("no-such-tool.dll").RunAsync(Pdf(), CancellationToken.None);

        Assert.Equal(ExtractionFailure.ToolUnavailable, result.Failure!.Code);
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void No_process_is_started_ahead_of_work_for_a_script_a_missing_tool_or_one_that_cannot_start()
    {
        var unstartable = Path.Combine(folder.FullName, "not-executable");
        File.WriteAllText(unstartable, "#!/bin/sh\n");
        File.SetUnixFileMode(unstartable, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        using var script = Runner("fake-extract.sh");
        using var missing = Runner("no-such-tool.dll");
        using var denied = new ExtractionProcessRunner(new ExtractionSettings { ToolPath = unstartable }, NullLogger<ExtractionProcessRunner>.Instance);

        Assert.False(script.PrestartWarmProcess());
        Assert.Null(script.Pool);
        Assert.False(missing.PrestartWarmProcess());
        Assert.Null(missing.Pool);
        Assert.False(denied.PrestartWarmProcess());
        Assert.Empty(denied.Pool!.LiveProcessIds);
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            // A killed child not yet reaped by its (dead) parent lingers as a zombie: it is not running.
            return !process.HasExited && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public void Dispose() => folder.Delete(recursive: true);
}
