namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

/// <summary>
/// The background workers of this process (<see cref="ExtractionSettings.WorkerCount"/> loops): each claims a due
/// job, processes it, and when none is due waits for the poll interval or until <see cref="ExtractionWakeUp"/> says a
/// job was queued on this node. On shutdown a running job is given back at once. When they start, one warm tool process
/// is started beside them (<see cref="ExtractionSettings.PrestartWarmProcess"/>), so the first job does not wait for it.
/// </summary>
public sealed class ExtractionWorker(
    ExtractionJobQueue queue,
    ExtractionJobProcessor processor,
    ExtractionSettings settings,
    ILogger<ExtractionWorker> logger,
    ExtractionWakeUp? wakeUp = null,
    ExtractionProcessRunner? runner = null) : BackgroundService
{
    // Host, pid and the pid's start time: what lets a restarted node of this host end this node's leases if it dies.
    private readonly string node = WorkerProcess.NewNodeName();

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        settings.WorkerCount == 0
            ? Task.CompletedTask
            : Task.WhenAll(Enumerable.Range(1, settings.WorkerCount).Select(n => RunLoopAsync($"{node}#{n}", stoppingToken)).Append(PrestartAsync()));

    /// <summary>
    /// Off the host's start-up path (it never delays the server's start or readiness); awaited with the loops so the
    /// host's stop waits for it before the runner ends every process. A failure is only logged.
    /// </summary>
    private Task PrestartAsync() => runner is null ? Task.CompletedTask : Task.Run(() =>
    {
        try
        {
            runner.PrestartWarmProcess();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Starting a warm extraction process ahead of work failed; the first job starts one");
        }
    }, CancellationToken.None);

    /// <summary>One worker: claim, process, repeat. Public so tests can run a worker without a host.</summary>
    public async Task RunLoopAsync(string owner, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await RunOnceAsync(owner, stoppingToken))
                {
                    // Jitter keeps several workers and nodes from polling in lock step. The poll stays the fallback for
                    // jobs queued on other nodes, retries after their backoff and leases of crashed workers.
                    var wait = settings.PollInterval * (0.75 + (Random.Shared.NextDouble() / 2));
                    await (wakeUp?.WaitAsync(wait, stoppingToken) ?? Task.Delay(wait, stoppingToken));
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database hiccup must not end the worker; the lease brings any half-done job back.
                logger.LogError(e, "Extraction worker {Owner} failed; retrying after the poll interval", owner);
                await Task.Delay(settings.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Claims and processes at most one job; false when none was due.</summary>
    public async Task<bool> RunOnceAsync(string owner, CancellationToken stoppingToken)
    {
        var job = await queue.ClaimAsync(owner, stoppingToken);
        if (job is null)
        {
            return false;
        }

        try
        {
            await processor.ProcessAsync(job, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await queue.ReleaseAsync(job);
            throw;
        }

        return true;
    }
}
