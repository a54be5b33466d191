namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

/// <summary>
/// Why an extraction attempt failed. <see cref="Retryable"/> failures (a crash, a broken tool, a conflict) are tried
/// again with backoff; the others are facts about the file (not a PDF, encrypted, hangs the parser) and end FAILED at once.
/// </summary>
public sealed record ExtractionFailure(string Code, string Message, bool Retryable)
{
    public const string Timeout = "TIMEOUT";
    public const string WorkerCrashed = "WORKER_CRASHED";
    public const string InvalidOutput = "INVALID_OUTPUT";
    public const string ToolUnavailable = "TOOL_UNAVAILABLE";
    public const string BlobUnavailable = "BLOB_UNAVAILABLE";
    public const string ImportFailed = "IMPORT_FAILED";
}
