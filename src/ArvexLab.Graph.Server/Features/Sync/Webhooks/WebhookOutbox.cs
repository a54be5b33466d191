using System.Text.Json;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Sync.Changes;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Sync.Webhooks;

/// <summary>Adds delivery rows for the subscriptions an event matches, to the context that saves the event.</summary>
public sealed class WebhookOutbox : IWebhookEventPublisher
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task PublishAsync(GraphDbContext db, long organizationId, string eventType, object data, CancellationToken cancellationToken)
    {
        if (!WebhookEvents.Posture.Contains(eventType))
        {
            throw new ArgumentException($"Unknown webhook event type {eventType}.", nameof(eventType));
        }

        var subscriptions = await Active(db, organizationId).ToListAsync(cancellationToken);
        foreach (var subscription in subscriptions.Where(s => s.Events.Contains(eventType)))
        {
            db.Add(Delivery(subscription, eventType, data, DateTimeOffset.UtcNow));
        }
    }

    /// <summary>Called by the change feed with the rows of one save, before they are inserted.</summary>
    internal static async Task EnqueueChangesAsync(DbContext context, IReadOnlyList<Change> changes, bool async, CancellationToken cancellationToken)
    {
        foreach (var group in changes.GroupBy(c => c.OrganizationId))
        {
            var query = Active(context, group.Key);
            var subscriptions = async ? await query.ToListAsync(cancellationToken) : query.ToList();
            foreach (var subscription in subscriptions)
            {
                foreach (var change in group.Where(c => subscription.ChangeTypes.Contains(ChangeEntityNames.EnumName(c.EntityType))))
                {
                    context.Add(Delivery(subscription, WebhookEvents.Change, ChangeData(change), change.OccurredAt));
                }
            }
        }
    }

    private static object ChangeData(Change change) => new
    {
        entityType = ChangeEntityNames.EnumName(change.EntityType),
        entityId = GlobalId.Encode(ChangeEntityNames.TypeName(change.EntityType), change.EntityId),
        operation = change.Operation.ToString().ToUpperInvariant(),
        version = change.Version,
        cursor = ChangeCursor.Encode(change.Sequence),
    };

    // No tenant filter games: the organization is explicit, and the system tenant (workers) sees every row.
    private static IQueryable<WebhookSubscription> Active(DbContext context, long organizationId)
        => context.Set<WebhookSubscription>().AsNoTracking().Where(s => s.OrganizationId == organizationId && s.Enabled);

    private static WebhookDelivery Delivery(WebhookSubscription subscription, string eventType, object data, DateTimeOffset occurredAt)
    {
        var eventId = "evt_" + Guid.NewGuid().ToString("N");
        var payload = JsonSerializer.Serialize(new { id = eventId, type = eventType, occurredAt, data }, Json);
        return new WebhookDelivery
        {
            OrganizationId = subscription.OrganizationId,
            SubscriptionId = subscription.Id,
            EventId = eventId,
            EventType = eventType,
            Payload = payload,
            Status = WebhookDeliveryStatus.Pending,
            NextAttemptAt = occurredAt,
            CreatedAt = occurredAt,
        };
    }
}
