using ArvexLab.Graph.Server.Features.Sync.Changes;
using ArvexLab.Graph.Server.Features.Sync.Webhooks;

namespace ArvexLab.Graph.Server.Features.Sync;

/// <summary>Partner sync: the change feed's retention and the webhook outbox and dispatcher.</summary>
public static class SyncWiring
{
    public static IHostApplicationBuilder AddSync(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(ChangeFeedSettings.From(builder.Configuration));
        services.AddSingleton<ChangeRetention>();
        services.AddHostedService<ChangeRetentionService>();
        services.AddWebhooks(builder.Configuration);
        return builder;
    }
}
