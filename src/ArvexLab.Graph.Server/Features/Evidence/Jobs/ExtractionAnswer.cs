using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using ArvexLab.Graph.Server.Features.Evidence.Import;

namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

/// <summary>
/// What a tool process's answer means, one way for a process per document and for a warm one: a result, a rejected
/// input (the tool's own error code, final), or a failure of the process itself (retryable, except a timeout).
/// </summary>
internal static class ExtractionAnswer
{
    private const int StderrTailChars = 2000;

    /// <summary>The tool's <c>{"error":…}</c> for an input it rejects, or null when the answer is not one.</summary>
    public static ExtractionRunResult? Rejected(string answer) =>
        ExtractionErrorOutput.TryParse(answer) is { Error: { } error }
            ? ExtractionRunResult.Failed(error.Code!, error.Message ?? error.Code!, retryable: false)
            : null;

    /// <summary>The tool's result, or INVALID_OUTPUT when it is not readable.</summary>
    public static ExtractionRunResult Result(string answer)
    {
        try
        {
            return new ExtractionRunResult(ExtractionOutput.Parse(answer), null);
        }
        catch (JsonException e)
        {
            return ExtractionRunResult.Failed(ExtractionFailure.InvalidOutput, $"The extraction tool printed no valid result: {e.Message}", retryable: true);
        }
    }

    public static ExtractionRunResult TimedOut(TimeSpan timeout) =>
        ExtractionRunResult.Failed(ExtractionFailure.Timeout, $"Extraction did not finish within {timeout.TotalSeconds:0} s and was stopped.", retryable: false);

    /// <summary>WORKER_CRASHED: how the process ended (<paramref name="ending"/>) and the end of what it wrote to stderr.</summary>
    public static ExtractionRunResult Crashed(string ending, string stderr)
    {
        var tail = Tail(stderr);
        var detail = tail.Length > 0 ? ": " + tail : string.Empty;
        return ExtractionRunResult.Failed(ExtractionFailure.WorkerCrashed, $"The extraction process ended with {ending}{detail}", retryable: true);
    }

    /// <summary>Kills the process and its children; false when it had already exited.</summary>
    public static bool KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            return false;
        }
    }

    private static string Tail(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= StderrTailChars ? trimmed : "…" + trimmed[^StderrTailChars..];
    }
}
