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

    private ExtractionProcessRunner Runner(bool warm = true, int documentsPerProcess = 50, int timeoutSeconds = 120)
    {
        var runner = new ExtractionProcessRunner(new ExtractionSettings
        {
            ToolPath = ExtractionToolFactAttribute.ToolPath,
            WarmProcesses = warm,
            DocumentsPerProcess = documentsPerProcess,
            Timeout = TimeSpan.FromSeconds(timeoutSeconds),
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

        using (var process = Process.GetProcessById(first))
        {
            process.Kill();
            process.WaitForExit();
        }

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

    /// <summary>Polls /proc until the pid is gone or a zombie (reaped by the runtime soon after).</summary>
    internal static async Task<bool> GoneAsync(int pid)
    {
        for (var i = 0; i < 100; i++)
        {
            var status = $"/proc/{pid}/status";
            if (!File.Exists(status) || File.ReadLines(status).Any(l => l.StartsWith("State:", StringComparison.Ordinal) && l.Contains('Z')))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    public void Dispose()
    {
        foreach (var runner in runners)
        {
            runner.Dispose();
        }
    }
}
