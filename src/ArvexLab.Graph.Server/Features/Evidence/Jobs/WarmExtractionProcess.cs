using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

/// <summary>
/// One extraction tool process started with <c>--serve</c>, kept for many documents so its start-up (the JIT, PdfPig's
/// font metrics) is paid once: one request line <c>{"file":…}</c> in, one answer line out, under the same wall-clock
/// limit as a process per document. After a timeout, a crash or an answer it cannot read, it is <see cref="Broken"/>
/// and must not be given another document.
/// </summary>
public sealed class WarmExtractionProcess : IDisposable
{
    // Kept from stderr while the process runs: enough for the tail a crash reports.
    private const int StderrKeptChars = 4000;

    private readonly Process process;
    private readonly StringBuilder stderr = new();
    private readonly TimeSpan timeout;
    private int disposed;

    private WarmExtractionProcess(Process process, TimeSpan timeout)
    {
        this.process = process;
        this.timeout = timeout;
    }

    /// <summary>The operating system's process id (tests kill it; the pool reports it).</summary>
    public int Id { get; private set; }

    public int DocumentsDone { get; private set; }

    public long IdleSinceTicks { get; set; } = Environment.TickCount64;

    /// <summary>True once it has waited idle in the pool (after a document, or started ahead of work): it may have died there unnoticed.</summary>
    public bool WasIdle { get; set; }

    /// <summary>True once the process must not be reused: it timed out, died or answered something unreadable.</summary>
    public bool Broken { get; private set; }

    public bool HasExited
    {
        get
        {
            try
            {
                return process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    /// <summary>Starts <paramref name="info"/> (the tool with <c>--serve</c> and the runner's environment); throws <see cref="Win32Exception"/> if it cannot.</summary>
    public static WarmExtractionProcess Start(ProcessStartInfo info, TimeSpan timeout)
    {
        var process = new Process { StartInfo = info };
        var warm = new WarmExtractionProcess(process, timeout);
        // Read continuously: a full stderr pipe would block the tool mid-document.
        process.ErrorDataReceived += (_, e) => warm.AppendStderr(e.Data);
        process.Start();
        warm.Id = process.Id;
        process.BeginErrorReadLine();
        return warm;
    }

    public async Task<ExtractionRunResult> ExtractAsync(string pdfPath, CancellationToken cancellationToken)
    {
        DocumentsDone++;
        string? line;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { file = pdfPath }).AsMemory(), limit.Token);
            await process.StandardInput.FlushAsync(limit.Token);
            // Not ReadLineAsync's own token: the kill below is what ends a read stuck on a hung tool.
            line = await process.StandardOutput.ReadLineAsync(CancellationToken.None).AsTask().WaitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Broken = true;
            ExtractionAnswer.KillTree(process);
            cancellationToken.ThrowIfCancellationRequested();
            return ExtractionAnswer.TimedOut(timeout);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Stdin closed under the write: the process is already gone.
            line = null;
        }

        if (line is null)
        {
            Broken = true;
            return await CrashedAsync();
        }

        return Interpret(line);
    }

    private ExtractionRunResult Interpret(string line)
    {
        if (line.StartsWith("{\"error\"", StringComparison.Ordinal) && ExtractionAnswer.Rejected(line) is { } rejected)
        {
            return rejected;
        }

        var result = ExtractionAnswer.Result(line);
        Broken = result.Failure is not null;
        return result;
    }

    private async Task<ExtractionRunResult> CrashedAsync()
    {
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        string exit;
        try
        {
            // Also waits for the end of stderr, so the tail below is complete.
            await process.WaitForExitAsync(wait.Token);
            exit = $"exit code {process.ExitCode}";
        }
        catch (OperationCanceledException)
        {
            ExtractionAnswer.KillTree(process);
            exit = "its output closed";
        }

        lock (stderr)
        {
            return ExtractionAnswer.Crashed(exit, stderr.ToString());
        }
    }

    private void AppendStderr(string? data)
    {
        if (data is null)
        {
            return;
        }

        lock (stderr)
        {
            stderr.AppendLine(data);
            if (stderr.Length > StderrKeptChars)
            {
                stderr.Remove(0, stderr.Length - StderrKeptChars / 2);
            }
        }
    }

    /// <summary>Ends the process: the end of stdin lets the tool exit by itself; what does not exit soon is killed with its children.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        try
        {
            if (!Broken)
            {
                process.StandardInput.Close();
            }

            if (Broken || !process.WaitForExit(2000))
            {
                ExtractionAnswer.KillTree(process);
            }
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            ExtractionAnswer.KillTree(process);
        }
        finally
        {
            process.Dispose();
        }
    }
}
