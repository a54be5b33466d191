using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ArvexLab.Graph.Server.Features.Evidence.Import;

namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

/// <summary>The outcome of one tool run: the parsed output, or why there is none.</summary>
public sealed record ExtractionRunResult(ExtractionOutput? Output, ExtractionFailure? Failure)
{
    public static ExtractionRunResult Failed(string code, string message, bool retryable) => new(null, new ExtractionFailure(code, message, retryable));
}

/// <summary>
/// Runs the extraction tool on one file in a separate process, so a hostile PDF can crash or hang only that process:
/// a wall-clock limit (the whole process tree is killed when it runs out), a GC heap limit on the child, and
/// stdout/stderr captured and mapped to an output or a typed failure. With <c>Extraction:WarmProcesses</c> the
/// process is a warm <c>--serve</c> one from <see cref="WarmExtractionPool"/>, kept for the next document; .sh tools
/// (test doubles, custom wrappers without <c>--serve</c>) always get a process per document. Every process is started
/// with <c>--exit-with-parent</c>, so none outlives a server killed without a shutdown.
/// </summary>
public sealed class ExtractionProcessRunner(ExtractionSettings settings, ILogger<ExtractionProcessRunner> logger) : IDisposable
{
    private const int RejectedInputExitCode = 2;

    // Always passed: the tool ends itself when this server is gone (killed without a shutdown), instead of working on
    // a job another node runs again. After the file, so a script that reads "$1" still gets the file.
    private const string ExitWithParent = "--exit-with-parent";

    private static readonly string[] ServeArguments = ["--serve", ExitWithParent];

    private readonly Lazy<WarmExtractionPool> pool = new(() => new WarmExtractionPool(settings, logger));
    private volatile bool disposed;

    /// <summary>The warm processes, once the first extraction has used them (a testing seam; null on the process-per-document path).</summary>
    internal WarmExtractionPool? Pool => pool.IsValueCreated ? pool.Value : null;

    public async Task<ExtractionRunResult> RunAsync(string pdfPath, CancellationToken cancellationToken)
    {
        ExtractionToolCommand command;
        try
        {
            command = ExtractionToolCommand.Resolve(settings.ToolPath);
        }
        catch (FileNotFoundException e)
        {
            return ExtractionRunResult.Failed(ExtractionFailure.ToolUnavailable, e.Message, retryable: true);
        }

        if (settings.WarmProcesses && !IsScript(command))
        {
            return await RunWarmAsync(command, pdfPath, cancellationToken);
        }

        using var process = new Process { StartInfo = StartInfo(command, [pdfPath, ExitWithParent]) };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return ExtractionRunResult.Failed(ExtractionFailure.ToolUnavailable, $"Cannot start {command.FileName}: {e.Message}", retryable: true);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(settings.Timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            if (!ExtractionAnswer.KillTree(process))
            {
                logger.LogDebug("Extraction process of {File} had already exited when its time ran out", pdfPath);
            }

            // The pipes close once the tree is gone; don't leave the readers behind.
            await Task.WhenAny(Task.WhenAll(stdout, stderr), Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None));
            cancellationToken.ThrowIfCancellationRequested();
            logger.LogWarning("Extraction of {File} exceeded {Timeout} and was killed", pdfPath, settings.Timeout);
            return ExtractionAnswer.TimedOut(settings.Timeout);
        }

        var output = await stdout;
        return Interpret(process.ExitCode, output, await stderr);
    }

    /// <summary>
    /// Starts one warm process and leaves it idle for the first document (<c>Extraction:PrestartWarmProcess</c>), unless
    /// one is idle already; false when none waits: the setting or <c>WarmProcesses</c> is off, the tool is a script, or it
    /// cannot start (logged). Idle, it is retired after <c>IdleProcessSeconds</c> like any other.
    /// </summary>
    public bool PrestartWarmProcess()
    {
        if (!settings.WarmProcesses || !settings.PrestartWarmProcess || disposed)
        {
            return false;
        }

        ExtractionToolCommand command;
        try
        {
            command = ExtractionToolCommand.Resolve(settings.ToolPath);
        }
        catch (FileNotFoundException e)
        {
            logger.LogWarning("No warm extraction process was started ahead of work: {Reason}", e.Message);
            return false;
        }

        if (IsScript(command))
        {
            return false;
        }

        try
        {
            var process = pool.Value.Take(() => StartInfo(command, ServeArguments));
            pool.Value.Return(process);
            if (disposed)
            {
                // Stopped while it started: the pool may have been made after Dispose looked for it.
                pool.Value.Dispose();
                return false;
            }

            logger.LogDebug("Started warm extraction process {Pid} ahead of work", process.Id);
            return true;
        }
        catch (Win32Exception e)
        {
            logger.LogWarning(e, "No warm extraction process was started ahead of work: cannot start {Tool}", command.FileName);
            return false;
        }
        catch (ObjectDisposedException)
        {
            // The server stopped meanwhile.
            return false;
        }
    }

    private async Task<ExtractionRunResult> RunWarmAsync(ExtractionToolCommand command, string pdfPath, CancellationToken cancellationToken)
    {
        var (result, reused) = await RunWarmOnceAsync(command, pdfPath, cancellationToken);
        // A reused process may have died while idle (killed, OOM) just before it was taken, when the runtime had not yet
        // noticed: the document never got a process of its own, so it gets one fresh process before a failure counts.
        return reused && result.Failure?.Code == ExtractionFailure.WorkerCrashed
            ? (await RunWarmOnceAsync(command, pdfPath, cancellationToken)).Result
            : result;
    }

    private async Task<(ExtractionRunResult Result, bool Reused)> RunWarmOnceAsync(ExtractionToolCommand command, string pdfPath, CancellationToken cancellationToken)
    {
        WarmExtractionProcess process;
        try
        {
            process = pool.Value.Take(() => StartInfo(command, ServeArguments));
        }
        catch (Win32Exception e)
        {
            return (ExtractionRunResult.Failed(ExtractionFailure.ToolUnavailable, $"Cannot start {command.FileName}: {e.Message}", retryable: true), false);
        }

        var reused = process.WasIdle;
        try
        {
            var result = await process.ExtractAsync(pdfPath, cancellationToken);
            if (result.Failure?.Code == ExtractionFailure.Timeout)
            {
                logger.LogWarning("Extraction of {File} exceeded {Timeout} and was killed", pdfPath, settings.Timeout);
            }

            return (result, reused);
        }
        finally
        {
            pool.Value.Return(process);
        }
    }

    /// <summary>A shell script is taken for a tool without <c>--serve</c> (the test doubles are scripts).</summary>
    private static bool IsScript(ExtractionToolCommand command) =>
        command.Arguments.Count > 0 && command.Arguments[0].EndsWith(".sh", StringComparison.OrdinalIgnoreCase);

    private ProcessStartInfo StartInfo(ExtractionToolCommand command, IEnumerable<string> toolArguments)
    {
        var info = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in command.Arguments.Concat(toolArguments))
        {
            info.ArgumentList.Add(argument);
        }

        if (settings.MemoryLimitMb > 0)
        {
            // The .NET runtime reads this as a hex byte count and fails allocations beyond it (OutOfMemory → non-zero exit).
            var bytes = (long)settings.MemoryLimitMb * 1024 * 1024;
            info.Environment["DOTNET_GCHeapHardLimit"] = bytes.ToString("X", CultureInfo.InvariantCulture);
        }

        return info;
    }

    private static ExtractionRunResult Interpret(int exitCode, string stdout, string stderr) => exitCode switch
    {
        0 => ExtractionAnswer.Result(stdout),
        RejectedInputExitCode when ExtractionAnswer.Rejected(stdout) is { } rejected => rejected,
        _ => ExtractionAnswer.Crashed($"exit code {exitCode}", stderr),
    };

    public void Dispose()
    {
        disposed = true;
        if (pool.IsValueCreated)
        {
            pool.Value.Dispose();
        }
    }
}
