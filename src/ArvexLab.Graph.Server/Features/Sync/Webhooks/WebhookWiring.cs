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
        if (settings.DispatcherEnabled)
        {
            services.AddHostedService<WebhookDispatcherService>();
        }

        return services;
    }
}
