using ArvexLab.Graph.Server.Features.Renewal;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArvexLab.Graph.Server.Features.Sync.Webhooks;

public static class WebhookWiring
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = WebhookSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddSingleton<WebhookTargetPolicy>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddSingleton<IWebhookEventPublisher, WebhookOutbox>();
        // Replaces the renewal feature's no-op, whichever of the two is wired first.
        services.Replace(ServiceDescriptor.Singleton<IEvidenceExpiryNotifier, WebhookExpiryNotifier>());
        if (settings.DispatcherEnabled)
        {
            services.AddHostedService<WebhookDispatcherService>();
        }

        return services;
    }
}
