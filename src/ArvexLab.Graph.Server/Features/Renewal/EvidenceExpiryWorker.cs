namespace ArvexLab.Graph.Server.Features.Renewal;

/// <summary>Runs the renewal check at start and then every <see cref="RenewalSettings.CheckInterval"/>.</summary>
public sealed class EvidenceExpiryWorker(EvidenceExpiryCheck check, RenewalSettings settings, TimeProvider clock, ILogger<EvidenceExpiryWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let start-up (migrations, seeding) finish before the first pass competes for the database.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var recorded = await check.RunOnceAsync(stoppingToken);
                logger.LogInformation("Renewal check recorded {Count} expiry notice(s)", recorded.Count);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A failed pass is repeated at the next interval; the notices it did record stay recorded once.
                logger.LogError(e, "Renewal check failed");
            }

            try
            {
                await Task.Delay(settings.CheckInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
