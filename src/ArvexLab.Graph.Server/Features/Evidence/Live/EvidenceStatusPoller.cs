namespace ArvexLab.Graph.Server.Features.Evidence.Live;

/// <summary>
/// Re-reads the watched documents on a timer: the delivery path across nodes in Poll mode, the safety net for
/// notifications lost while the listener reconnected in PostgresNotify mode. Idle while nobody watches.
/// </summary>
public sealed class EvidenceStatusPoller(EvidenceStatusFeed feed, LiveStatusSettings settings, ILogger<EvidenceStatusPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.EffectivePollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!feed.HasWatchers)
                {
                    continue;
                }

                try
                {
                    await feed.RefreshAsync(feed.WatchedDocuments, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Polling evidence status failed; trying again at the next tick");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
