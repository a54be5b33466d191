using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Sync.Webhooks;

public sealed class WebhookSubscriptionType : ObjectGraphType<WebhookSubscription>
{
    public WebhookSubscriptionType()
    {
        Name = "WebhookSubscription";
        Description = "An endpoint that receives signed change and posture events.";
        // Not a Node: node(id) is open to every reader, subscriptions only to organization admins.
        Field<NonNullGraphType<IdGraphType>>("id").Description("The subscription's ID.").Resolve(c => GlobalId.Encode(Name, c.Source.Id));
        Field(s => s.Url).Description("Where events are POSTed.");
        Field(s => s.PartnerClientId, nullable: true).Description("The partner client the subscription belongs to, if any.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changeTypes")
            .Description("Change feed entity types delivered as CHANGE events (ChangeEntityType names).").Resolve(c => c.Source.ChangeTypes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("events")
            .Description("Posture events delivered (EVIDENCE_EXPIRING, EVIDENCE_EXTRACTED).").Resolve(c => c.Source.Events);
        Field(s => s.Enabled).Description("False once disabled by an admin or after repeated failed deliveries.");
        Field(s => s.ConsecutiveFailures).Description("Failed deliveries since the last success.");
        Field(s => s.DisabledAt, nullable: true).Description("When it was disabled.");
        Field(s => s.DisabledReason, nullable: true).Description("Why it was disabled.");
        Field(s => s.CreatedAt).Description("When it was created.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookDeliveryType>>>>("deliveries")
            .Description("The delivery log, newest first.")
            .Argument<IntGraphType>("first", "How many (default 20, at most 100).")
            .Argument<WebhookDeliveryStatusEnumType>("status", "Only deliveries in this state.")
            .ResolveAsync(async ctx =>
            {
                var first = Math.Clamp(ctx.GetArgument("first", 20), 0, 100);
                var status = ctx.GetArgument<WebhookDeliveryStatus?>("status");
                await using var db = ctx.RequestServices!.GetRequiredService<IGraphDbContextFactory>().Create();
                var query = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == ctx.Source.Id);
                if (status is { } wanted)
                {
                    query = query.Where(d => d.Status == wanted);
                }

                return await query.OrderByDescending(d => d.Id).Take(first).ToListAsync(ctx.CancellationToken);
            });
    }
}

public sealed class WebhookDeliveryStatusEnumType() : NamedEnumType<WebhookDeliveryStatus>("WebhookDeliveryStatus",
    "Where a delivery stands.",
    (WebhookDeliveryStatus.Pending, "PENDING", "Not delivered yet; retried with backoff."),
    (WebhookDeliveryStatus.Delivered, "DELIVERED", "The receiver answered 2xx."),
    (WebhookDeliveryStatus.Failed, "FAILED", "Given up after the maximum number of attempts."));

public sealed class WebhookDeliveryType : ObjectGraphType<WebhookDelivery>
{
    public WebhookDeliveryType()
    {
        Name = "WebhookDelivery";
        Description = "One event sent (or to be sent) to a subscription, with the outcome of its last attempt.";
        Field(d => d.EventId).Description("The event's unique ID (header X-Arvex-Event-Id); use it to drop duplicates.");
        Field(d => d.EventType).Description("CHANGE, EVIDENCE_EXPIRING or EVIDENCE_EXTRACTED.");
        Field(d => d.Payload).Description("The JSON body sent.");
        Field<NonNullGraphType<WebhookDeliveryStatusEnumType>>("status").Description("Where it stands.").Resolve(c => c.Source.Status);
        Field(d => d.Attempts).Description("Attempts made.");
        Field(d => d.NextAttemptAt).Description("When the next attempt is due (pending deliveries).");
        Field(d => d.LastAttemptAt, nullable: true).Description("When it was last tried.");
        Field(d => d.LastStatusCode, nullable: true).Description("The receiver's last HTTP status, if it answered.");
        Field(d => d.LastError, nullable: true).Description("Why the last attempt failed.");
        Field(d => d.CreatedAt).Description("When the event happened.");
        Field(d => d.DeliveredAt, nullable: true).Description("When the receiver accepted it.");
    }
}

public sealed record WebhookSubscriptionPayload(WebhookSubscription? Subscription, string? Secret, IReadOnlyList<UserError> Errors);

public sealed class WebhookSubscriptionPayloadType : ObjectGraphType<WebhookSubscriptionPayload>
{
    public WebhookSubscriptionPayloadType()
    {
        Name = "WebhookSubscriptionPayload";
        Description = "The subscription after the change, or the errors that prevented it.";
        Field<WebhookSubscriptionType>("subscription").Description("The subscription.").Resolve(c => c.Source.Subscription);
        Field<StringGraphType>("secret").Description("The signing secret: returned by createWebhookSubscription only, this once.").Resolve(c => c.Source.Secret);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Why nothing changed.").Resolve(c => c.Source.Errors);
    }
}

public sealed class CreateWebhookSubscriptionInputType : InputObjectGraphType
{
    public CreateWebhookSubscriptionInputType()
    {
        Name = "CreateWebhookSubscriptionInput";
        Description = "A new webhook subscription.";
        Field<NonNullGraphType<StringGraphType>>("url").Description("A public https URL.");
        Field<StringGraphType>("partnerClientId").Description("The partner client it belongs to (optional).");
        Field<ListGraphType<NonNullGraphType<Changes.ChangeEntityTypeEnumType>>>("changeTypes").Description("Change feed entity types to deliver.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("events").Description("Posture events: EVIDENCE_EXPIRING, EVIDENCE_EXTRACTED.");
    }
}

public sealed class WebhookSubscriptionIdInputType : InputObjectGraphType
{
    public WebhookSubscriptionIdInputType()
    {
        Name = "WebhookSubscriptionIdInput";
        Description = "A webhook subscription.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The subscription's ID.");
    }
}
