using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Sync.Changes;

/// <summary>
/// Removes changes older than the retention period and remembers, per organization, the last sequence removed:
/// a client whose cursor lies before it has missed changes and must resync (CURSOR_EXPIRED).
/// </summary>
public sealed class ChangeRetention(GraphDbContextActivator activator, ChangeFeedSettings settings)
{
    /// <summary>Purges what is older than the retention at <paramref name="now"/>; returns how many changes went.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - settings.Retention;
        var removed = 0;
        await using var db = activator.Create(SystemTenantContext.Instance);
        var organizations = await db.ChangeCounters.Select(c => c.OrganizationId).ToListAsync(cancellationToken);
        foreach (var organizationId in organizations)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Sequence order and time order can differ by a few milliseconds; purge a prefix of the sequence, so
            // "everything up to PurgedThrough is gone" stays exact.
            var through = await db.Changes.Where(c => c.OrganizationId == organizationId && c.OccurredAt < cutoff)
                .MaxAsync(c => (long?)c.Sequence, cancellationToken);
            if (through is null)
            {
                continue;
            }

            removed += await db.Changes.Where(c => c.OrganizationId == organizationId && c.Sequence <= through)
                .ExecuteDeleteAsync(cancellationToken);
            await db.ChangeCounters.Where(c => c.OrganizationId == organizationId && c.PurgedThrough < through)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.PurgedThrough, through.Value), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return removed;
    }
}

/// <summary>Runs <see cref="ChangeRetention"/> every <c>Sync:CleanupInterval</c>.</summary>
public sealed class ChangeRetentionService(ChangeRetention retention, ChangeFeedSettings settings, ILogger<ChangeRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.CleanupInterval);
        do
        {
            try
            {
                var removed = await retention.PurgeAsync(DateTimeOffset.UtcNow, stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("Change feed retention removed {Count} changes.", removed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Change feed retention failed; retrying at the next interval.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
