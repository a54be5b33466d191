using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Sync.Webhooks;

/// <summary>
/// Sends due outbox rows. A row is claimed by moving its due time forward with a conditional update, so several
/// server nodes never send the same attempt twice, and a node that dies mid-send leaves it to be retried.
/// </summary>
public sealed class WebhookDispatcher(GraphDbContextActivator activator, WebhookSender sender, WebhookSettings settings, ILogger<WebhookDispatcher> logger)
{
    /// <summary>Sends what is due at <paramref name="now"/>; returns how many attempts were made.</summary>
    public async Task<int> DispatchDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = activator.Create(SystemTenantContext.Instance);
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && d.Subscription!.Enabled)
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.NextAttemptAt, d.EventId, d.EventType, d.Payload, d.Attempts, d.SubscriptionId, d.Subscription!.Url, d.Subscription.Secret })
            .Take(settings.BatchSize).ToListAsync(cancellationToken);
        var attempts = 0;
        foreach (var delivery in due)
        {
            var lease = now + settings.Timeout + settings.Timeout;
            var claimed = await db.WebhookDeliveries
                .Where(d => d.Id == delivery.Id && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt == delivery.NextAttemptAt)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, lease), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            attempts++;
            var attempt = await sender.SendAsync(delivery.Url, delivery.Secret, delivery.EventId, delivery.EventType, delivery.Payload, DateTimeOffset.UtcNow, cancellationToken);
            await RecordAsync(db, delivery.Id, delivery.SubscriptionId, delivery.Attempts + 1, attempt, DateTimeOffset.UtcNow, cancellationToken);
        }

        return attempts;
    }

    private async Task RecordAsync(GraphDbContext db, long deliveryId, long subscriptionId, int attemptNumber, WebhookAttempt attempt, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var giveUp = !attempt.Succeeded && attemptNumber >= settings.MaxAttempts;
        var status = attempt.Succeeded ? WebhookDeliveryStatus.Delivered : giveUp ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending;
        await db.WebhookDeliveries.Where(d => d.Id == deliveryId).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Attempts, attemptNumber)
            .SetProperty(d => d.Status, status)
            .SetProperty(d => d.LastAttemptAt, at)
            .SetProperty(d => d.LastStatusCode, attempt.StatusCode)
            .SetProperty(d => d.LastError, attempt.Error)
            .SetProperty(d => d.DeliveredAt, attempt.Succeeded ? at : null)
            .SetProperty(d => d.NextAttemptAt, at + settings.Backoff(attemptNumber)), cancellationToken);

        var subscriptions = db.WebhookSubscriptions.Where(s => s.Id == subscriptionId);
        if (attempt.Succeeded)
        {
            await subscriptions.ExecuteUpdateAsync(s => s.SetProperty(x => x.ConsecutiveFailures, 0), cancellationToken);
        }
        else
        {
            await subscriptions.ExecuteUpdateAsync(s => s.SetProperty(x => x.ConsecutiveFailures, x => x.ConsecutiveFailures + 1), cancellationToken);
            var disabled = await subscriptions.Where(x => x.Enabled && x.ConsecutiveFailures >= settings.DisableAfterFailures)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.Enabled, false)
                    .SetProperty(x => x.DisabledAt, at)
                    .SetProperty(x => x.DisabledReason, $"Disabled after {settings.DisableAfterFailures} consecutive failed deliveries; last: {attempt.Error}"), cancellationToken);
            if (disabled > 0)
            {
                logger.LogWarning("Webhook subscription {SubscriptionId} disabled after {Failures} consecutive failures.", subscriptionId, settings.DisableAfterFailures);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>Runs the dispatcher: at once while work is due, every <c>Webhooks:PollInterval</c> otherwise.</summary>
public sealed class WebhookDispatcherService(WebhookDispatcher dispatcher, WebhookSettings settings, ILogger<WebhookDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await dispatcher.DispatchDueAsync(DateTimeOffset.UtcNow, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Webhook dispatch failed; retrying.");
            }

            if (sent == 0)
            {
                await Task.Delay(settings.PollInterval, stoppingToken);
            }
        }
    }
}
