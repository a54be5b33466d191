using System.Diagnostics;
using System.Text.Json;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>The runner's warm <c>--serve</c> processes against the real arvex-extract tool and real PDFs: reuse, replacement, retirement.</summary>
public sealed class WarmExtractionProcessTests : IDisposable
{
    private static readonly string Letter = Path.Combine(RepositoryRoot.RealCorpus, "rapidreconciler_soc2_bridge_letter.pdf");
    private static readonly string Certificate = Path.Combine(RepositoryRoot.RealCorpus, "axisphere_iso27001_certificate.pdf");
    private readonly List<ExtractionProcessRunner> runners = [];

    private ExtractionProcessRunner Runner(bool warm = true, int documentsPerProcess = 50, int timeoutSeconds = 120, string? toolPath = null, bool prestart = true)
    {
        var runner = new ExtractionProcessRunner(new ExtractionSettings
        {
            ToolPath = toolPath ?? ExtractionToolFactAttribute.ToolPath,
            WarmProcesses = warm,
            DocumentsPerProcess = documentsPerProcess,
            Timeout = TimeSpan.FromSeconds(timeoutSeconds),
            PrestartWarmProcess = prestart,
        }, NullLogger<ExtractionProcessRunner>.Instance);
        runners.Add(runner);
        return runner;
    }

    private static async Task<string> ExtractedJsonAsync(ExtractionProcessRunner runner, string pdf)
    {
        var result = await runner.RunAsync(pdf, CancellationToken.None);
        Assert.True(result.Failure is null, result.Failure?.ToString());
        return JsonSerializer.Serialize(result.Output);
    }

    [ExtractionToolFact]
    public async Task Two_documents_in_a_row_share_one_warm_process_and_match_the_process_per_document_findings()
    {
        var cold = Runner(warm: false);
        var warm = Runner();

        var letter = await ExtractedJsonAsync(warm, Letter);
        var certificate = await ExtractedJsonAsync(warm, Certificate);

        Assert.Null(cold.Pool);
        Assert.Equal(1, warm.Pool!.ProcessesStarted);
        Assert.Single(warm.Pool.LiveProcessIds);
        Assert.Equal(await ExtractedJsonAsync(cold, Letter), letter);
        Assert.Equal(await ExtractedJsonAsync(cold, Certificate), certificate);
        Assert.Contains("\"kind\":", letter, StringComparison.OrdinalIgnoreCase);
    }

    [ExtractionToolFact]
    public async Task A_process_started_ahead_of_work_serves_the_first_document()
    {
        var runner = Runner();

        Assert.True(runner.PrestartWarmProcess());
        var ahead = runner.Pool!.LiveProcessIds.Single();
        await ExtractedJsonAsync(runner, Letter);

        Assert.Equal(1, runner.Pool.ProcessesStarted);
        Assert.Equal([ahead], runner.Pool.LiveProcessIds);
    }

    [ExtractionToolFact]
    public async Task A_process_started_ahead_of_work_that_died_while_idle_is_replaced_for_the_first_document()
    {
        var runner = Runner();
        Assert.True(runner.PrestartWarmProcess());
        var ahead = runner.Pool!.LiveProcessIds.Single();
        Kill(ahead);

        await ExtractedJsonAsync(runner, Letter);

        Assert.Equal(2, runner.Pool.ProcessesStarted);
        Assert.DoesNotContain(ahead, runner.Pool.LiveProcessIds);
    }

    [ExtractionToolFact]
    public void No_process_is_started_ahead_of_work_when_the_setting_or_warm_processes_are_off()
    {
        var off = Runner(prestart: false);
        var cold = Runner(warm: false);

        Assert.False(off.PrestartWarmProcess());
        Assert.False(cold.PrestartWarmProcess());
        Assert.Null(off.Pool);
        Assert.Null(cold.Pool);
    }

    [ExtractionToolFact]
    public async Task A_document_that_hangs_is_reported_TIMEOUT_and_the_next_document_gets_a_fresh_process()
    {
        var runner = Runner(timeoutSeconds: 20);
        await ExtractedJsonAsync(runner, Letter);
        var first = runner.Pool!.LiveProcessIds.Single();

        // A named pipe nobody writes to: the tool blocks opening it, as on a PDF that never finishes.
        var fifo = Path.Combine(Path.GetTempPath(), "arvex-hang-" + Guid.NewGuid().ToString("N") + ".pdf");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        try
        {
            var hung = await runner.RunAsync(fifo, CancellationToken.None);
            Assert.Equal(ExtractionFailure.Timeout, hung.Failure?.Code);
            Assert.False(hung.Failure!.Retryable);
            Assert.True(await GoneAsync(first), $"process {first} still runs after the timeout");
        }
        finally
        {
            File.Delete(fifo);
        }

        await ExtractedJsonAsync(runner, Certificate);
        Assert.Equal(2, runner.Pool.ProcessesStarted);
        Assert.DoesNotContain(first, runner.Pool.LiveProcessIds);
    }

    [ExtractionToolFact]
    public async Task A_killed_warm_process_is_replaced_and_the_next_document_succeeds()
    {
        var runner = Runner();
        await ExtractedJsonAsync(runner, Letter);
        var first = runner.Pool!.LiveProcessIds.Single();

        Kill(first);

        await ExtractedJsonAsync(runner, Certificate);
        Assert.Equal(2, runner.Pool.ProcessesStarted);
        Assert.DoesNotContain(first, runner.Pool.LiveProcessIds);
    }

    [ExtractionToolFact]
    public async Task A_warm_process_is_retired_after_DocumentsPerProcess_documents()
    {
        var runner = Runner(documentsPerProcess: 2);
        await ExtractedJsonAsync(runner, Letter);
        var first = runner.Pool!.LiveProcessIds.Single();
        await ExtractedJsonAsync(runner, Certificate);

        Assert.Empty(runner.Pool.LiveProcessIds);
        Assert.True(await GoneAsync(first), $"process {first} was not retired");
        await ExtractedJsonAsync(runner, Letter);
        Assert.Equal(2, runner.Pool.ProcessesStarted);
    }

    [ExtractionToolFact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task A_warm_process_is_started_with_serve_and_exit_with_parent()
    {
        // An executable wrapper (not .sh, so it is kept warm) that logs its arguments and becomes the real tool.
        var folder = Directory.CreateTempSubdirectory("arvex-warm-arguments-");
        try
        {
            var log = Path.Combine(folder.FullName, "arguments.log");
            var wrapper = Path.Combine(folder.FullName, "logging-extract");
            var real = ExtractionToolCommand.Resolve(ExtractionToolFactAttribute.ToolPath);
            var command = string.Join(' ', real.Arguments.Prepend(real.FileName).Select(a => $"'{a}'"));
            File.WriteAllText(wrapper, $"#!/bin/sh\necho \"$*\" >> '{log}'\nexec {command} \"$@\"\n");
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var runner = Runner(toolPath: wrapper);

            await ExtractedJsonAsync(runner, Letter);
            await ExtractedJsonAsync(runner, Certificate);

            Assert.Equal(1, runner.Pool!.ProcessesStarted);
            Assert.Equal(["--serve --exit-with-parent"], File.ReadAllLines(log));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Kill(int pid)
    {
        using var process = Process.GetProcessById(pid);
        process.Kill();
        process.WaitForExit();
    }

    /// <summary>Polls /proc until the pid is gone or a zombie (reaped soon after), for at most <paramref name="patience"/> (default 10 s; zero looks once).</summary>
    internal static async Task<bool> GoneAsync(int pid, TimeSpan? patience = null)
    {
        var until = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (ZombieOrGone(pid))
            {
                return true;
            }

            if (DateTime.UtcNow >= until)
            {
                return false;
            }

            await Task.Delay(100);
        }
    }

    private static bool ZombieOrGone(int pid)
    {
        try
        {
            return File.ReadLines($"/proc/{pid}/status").Any(l => l.StartsWith("State:", StringComparison.Ordinal) && l.Contains('Z'));
        }
        catch (IOException)
        {
            return true;
        }
    }

    public void Dispose()
    {
        foreach (var runner in runners)
        {
            runner.Dispose();
        }
    }
}
