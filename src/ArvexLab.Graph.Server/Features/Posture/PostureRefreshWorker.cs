using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Tenancy;

namespace ArvexLab.Graph.Server.Features.Posture;

/// <summary>
/// Recomputes stale postures in the background: vendors marked by <see cref="PostureStaleness"/>, vendors without a
/// posture yet, and (once a day, when the date changes) every vendor, because expiry and staleness depend on today.
/// </summary>
public sealed class PostureRefreshWorker(
    GraphDbContextActivator activator, PostureRecorder recorder, PostureSettings settings, ILogger<PostureRefreshWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.RefreshInterval);
        do
        {
            try
            {
                await using var db = activator.Create(SystemTenantContext.Instance);
                await recorder.RefreshStaleAsync(db, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed round (database restarting, a concurrent delete) is retried on the next tick.
                logger.LogWarning(e, "Posture refresh failed; retrying in {Interval}", settings.RefreshInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
