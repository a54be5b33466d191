using System.Security.Cryptography;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Audit;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Features.Identity.Management;
using ArvexLab.Graph.Server.Features.Sync.Changes;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Sync.Webhooks;

/// <summary>Organization admins manage webhook subscriptions; each change is audited.</summary>
public static class WebhookMutations
{
    private const string EntityType = nameof(WebhookSubscription);

    public static void AddWebhookQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookSubscriptionType>>>>("webhookSubscriptions")
            .Description("The organization's webhook subscriptions with their delivery logs (organization admins).")
            .AuthorizeWithPolicy(GraphPolicies.ManageOrganization)
            .ResolveAsync(async ctx =>
            {
                await using var db = Db(ctx);
                return await db.WebhookSubscriptions.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ctx.CancellationToken);
            });
    }

    public static void AddWebhookMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<WebhookSubscriptionPayloadType>>("createWebhookSubscription")
            .Description("Subscribes a URL to change and posture events; the payload carries the signing secret, shown this once.")
            .Argument<NonNullGraphType<CreateWebhookSubscriptionInputType>>("input", "The subscription.")
            .AuthorizeWithPolicy(GraphPolicies.ManageOrganization)
            .ResolveAsync(async ctx => await CreateAsync(ctx, ctx.GetArgument<Dictionary<string, object?>>("input")));

        mutation.Field<NonNullGraphType<WebhookSubscriptionPayloadType>>("enableWebhookSubscription")
            .Description("Turns a subscription on again (also after it was disabled by failures); pending deliveries resume.")
            .Argument<NonNullGraphType<WebhookSubscriptionIdInputType>>("input", "The subscription.")
            .AuthorizeWithPolicy(GraphPolicies.ManageOrganization)
            .ResolveAsync(async ctx => await ChangeAsync(ctx, "ENABLED", s => { s.Enabled = true; s.ConsecutiveFailures = 0; s.DisabledAt = null; s.DisabledReason = null; }));

        mutation.Field<NonNullGraphType<WebhookSubscriptionPayloadType>>("disableWebhookSubscription")
            .Description("Stops deliveries to a subscription: it takes no new events; undelivered ones wait until it is enabled again.")
            .Argument<NonNullGraphType<WebhookSubscriptionIdInputType>>("input", "The subscription.")
            .AuthorizeWithPolicy(GraphPolicies.ManageOrganization)
            .ResolveAsync(async ctx => await ChangeAsync(ctx, "DISABLED", s => { s.Enabled = false; s.DisabledAt = DateTimeOffset.UtcNow; s.DisabledReason = "Disabled by an administrator."; }));

        mutation.Field<NonNullGraphType<WebhookSubscriptionPayloadType>>("deleteWebhookSubscription")
            .Description("Removes a subscription and its delivery log.")
            .Argument<NonNullGraphType<WebhookSubscriptionIdInputType>>("input", "The subscription.")
            .AuthorizeWithPolicy(GraphPolicies.ManageOrganization)
            .ResolveAsync(async ctx => await ChangeAsync(ctx, "DELETED", null));
    }

    private static async Task<WebhookSubscriptionPayload> CreateAsync(IResolveFieldContext ctx, Dictionary<string, object?> input)
    {
        var url = ((input["url"] as string) ?? "").Trim();
        var changeTypes = (input.GetValueOrDefault("changeTypes") as IEnumerable<object?>)?.OfType<ChangeEntityType>()
            .Select(ChangeEntityNames.EnumName).Distinct().ToList() ?? [];
        var events = (input.GetValueOrDefault("events") as IEnumerable<object?>)?.OfType<string>().Distinct().ToList() ?? [];
        var partner = (input.GetValueOrDefault("partnerClientId") as string)?.Trim();
        var errors = new List<UserError>();
        if (await ctx.RequestServices!.GetRequiredService<WebhookTargetPolicy>().CheckUrlAsync(url, ctx.CancellationToken) is { } problem)
        {
            errors.Add(new UserError(UserErrorCodes.Validation, problem, "url"));
        }

        if (events.FirstOrDefault(e => !WebhookEvents.Posture.Contains(e)) is { } unknown)
        {
            errors.Add(new UserError(UserErrorCodes.Validation, $"Unknown event {unknown}; use {string.Join(", ", WebhookEvents.Posture)}.", "events"));
        }

        if (changeTypes.Count == 0 && events.Count == 0)
        {
            errors.Add(new UserError(UserErrorCodes.Validation, "Subscribe to at least one change type or event.", "changeTypes"));
        }

        if (!string.IsNullOrEmpty(partner) && await ctx.RequestServices!.GetRequiredService<PartnerClientDirectory>().FindAsync(partner, ctx.CancellationToken) is null)
        {
            errors.Add(new UserError(UserErrorCodes.NotFound, "No partner client of this organization has this ID.", "partnerClientId"));
        }

        if (errors.Count > 0)
        {
            return new WebhookSubscriptionPayload(null, null, errors);
        }

        var subscription = new WebhookSubscription
        {
            Url = url,
            Secret = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)),
            PartnerClientId = string.IsNullOrEmpty(partner) ? null : partner,
            ChangeTypes = changeTypes,
            Events = events,
            CreatedBy = Actor.Of(ctx),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await using var db = Db(ctx);
        await using var transaction = await db.Database.BeginTransactionAsync(ctx.CancellationToken);
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(ctx.CancellationToken);
        db.Record(Actor.Of(ctx), "CREATED", EntityType, subscription.Id, after: new { subscription.Url, subscription.ChangeTypes, subscription.Events });
        await db.SaveChangesAsync(ctx.CancellationToken);
        await transaction.CommitAsync(ctx.CancellationToken);
        return new WebhookSubscriptionPayload(subscription, subscription.Secret, []);
    }

    private static async Task<WebhookSubscriptionPayload> ChangeAsync(IResolveFieldContext ctx, string action, Action<WebhookSubscription>? change)
    {
        var input = ctx.GetArgument<Dictionary<string, object?>>("input");
        var id = GlobalId.Decode((string)input["id"]!, nameof(WebhookSubscription));
        await using var db = Db(ctx);
        var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ctx.CancellationToken);
        if (subscription is null)
        {
            return new WebhookSubscriptionPayload(null, null, [new UserError(UserErrorCodes.NotFound, "No webhook subscription has this ID.", "id")]);
        }

        if (change is null)
        {
            db.WebhookSubscriptions.Remove(subscription);
        }
        else
        {
            change(subscription);
        }

        db.Record(Actor.Of(ctx), action, EntityType, subscription.Id, after: new { subscription.Url, subscription.Enabled });
        await db.SaveChangesAsync(ctx.CancellationToken);
        return new WebhookSubscriptionPayload(change is null ? null : subscription, null, []);
    }

    private static GraphDbContext Db(IResolveFieldContext ctx)
        => ctx.RequestServices!.GetRequiredService<IGraphDbContextFactory>().Create();
}
