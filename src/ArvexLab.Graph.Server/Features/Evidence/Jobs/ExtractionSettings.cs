namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

/// <summary>How extraction runs: the workers, their leases and retries, and the sandboxed tool's limits.</summary>
public sealed record ExtractionSettings
{
    /// <summary>Background workers in this process (<c>Extraction:Workers</c>); 0 leaves jobs to other nodes.</summary>
    public int WorkerCount { get; init; } = 1;

    /// <summary>How often an idle worker looks for a job (<c>Extraction:PollIntervalSeconds</c>).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a claim holds before another worker may take the job over (<c>Extraction:LeaseSeconds</c>).</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether a claim first ends the leases held by worker processes of this host that are gone
    /// (<c>Extraction:RecoverDeadLocalWorkers</c>), instead of waiting for them to expire. See <see cref="WorkerProcess"/>.
    /// </summary>
    public bool RecoverDeadLocalWorkers { get; init; } = true;

    /// <summary>Claims per job before it ends FAILED (<c>Extraction:MaxAttempts</c>).</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Wait before the first retry, doubled for each further one (<c>Extraction:RetryBackoffSeconds</c>).</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The tool (<c>Extraction:ToolPath</c>): a .dll (run with dotnet), a .sh script or an executable; null finds arvex-extract.dll.</summary>
    public string? ToolPath { get; init; }

    /// <summary>Wall-clock limit per extraction process (<c>Extraction:TimeoutSeconds</c>).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>GC heap limit of the extraction process in MB (<c>Extraction:MemoryLimitMb</c>); 0 = none.</summary>
    public int MemoryLimitMb { get; init; } = 1024;

    /// <summary>Keep <c>--serve</c> tool processes warm between documents (<c>Extraction:WarmProcesses</c>); .sh tools never are.</summary>
    public bool WarmProcesses { get; init; } = true;

    /// <summary>Documents one warm process extracts before it is replaced (<c>Extraction:DocumentsPerProcess</c>).</summary>
    public int DocumentsPerProcess { get; init; } = 50;

    /// <summary>How long a warm process may wait for work before it is ended (<c>Extraction:IdleProcessSeconds</c>).</summary>
    public TimeSpan IdleProcessLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Start one warm process as soon as the workers start (<c>Extraction:PrestartWarmProcess</c>), so the first document
    /// after a server start does not wait for the tool's start-up; only with <see cref="WarmProcesses"/>, a tool that is not
    /// a .sh script and at least one worker.
    /// </summary>
    public bool PrestartWarmProcess { get; init; } = true;

    public static ExtractionSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Extraction");
        var defaults = new ExtractionSettings();
        var settings = new ExtractionSettings
        {
            WorkerCount = section.GetValue("Workers", defaults.WorkerCount),
            PollInterval = Seconds(section, "PollIntervalSeconds", defaults.PollInterval),
            LeaseDuration = Seconds(section, "LeaseSeconds", defaults.LeaseDuration),
            RecoverDeadLocalWorkers = section.GetValue("RecoverDeadLocalWorkers", defaults.RecoverDeadLocalWorkers),
            MaxAttempts = section.GetValue("MaxAttempts", defaults.MaxAttempts),
            RetryBackoff = Seconds(section, "RetryBackoffSeconds", defaults.RetryBackoff),
            ToolPath = section["ToolPath"] is { Length: > 0 } path ? path : null,
            Timeout = Seconds(section, "TimeoutSeconds", defaults.Timeout),
            MemoryLimitMb = section.GetValue("MemoryLimitMb", defaults.MemoryLimitMb),
            WarmProcesses = section.GetValue("WarmProcesses", defaults.WarmProcesses),
            DocumentsPerProcess = section.GetValue("DocumentsPerProcess", defaults.DocumentsPerProcess),
            IdleProcessLifetime = Seconds(section, "IdleProcessSeconds", defaults.IdleProcessLifetime),
            PrestartWarmProcess = section.GetValue("PrestartWarmProcess", defaults.PrestartWarmProcess),
        };
        settings.Validate();
        return settings;
    }

    public void Validate()
    {
        if (WorkerCount < 0 || MaxAttempts < 1 || MemoryLimitMb < 0 || PollInterval <= TimeSpan.Zero || Timeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Extraction settings: Workers >= 0, MaxAttempts >= 1, MemoryLimitMb >= 0, PollIntervalSeconds and TimeoutSeconds > 0.");
        }

        if (DocumentsPerProcess < 1 || IdleProcessLifetime <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Extraction settings: DocumentsPerProcess >= 1, IdleProcessSeconds > 0.");
        }

        // A lease shorter than one extraction would let a second worker start the same job while the first still runs it.
        if (LeaseDuration < Timeout + TimeSpan.FromSeconds(30))
        {
            throw new InvalidOperationException("Extraction:LeaseSeconds must exceed Extraction:TimeoutSeconds by at least 30 seconds.");
        }
    }

    /// <summary>The wait before retrying after <paramref name="attempts"/> failed claims: backoff × 2^(attempts−1), at most an hour.</summary>
    public TimeSpan BackoffAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        return TimeSpan.FromTicks((long)Math.Min(RetryBackoff.Ticks * factor, TimeSpan.FromHours(1).Ticks));
    }

    private static TimeSpan Seconds(IConfiguration section, string key, TimeSpan fallback) =>
        section[key] is { Length: > 0 } ? TimeSpan.FromSeconds(section.GetValue<double>(key)) : fallback;
}
