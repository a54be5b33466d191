using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArvexLab.Graph.Server.Features.Renewal;

public static class RenewalWiring
{
    /// <summary>The daily renewal check (<c>Renewal:*</c>) and the expiry notifier hook. Call after <c>AddGraphData</c>.</summary>
    public static IHostApplicationBuilder AddRenewal(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRenewal(builder.Configuration);
        return builder;
    }

    public static IServiceCollection AddRenewal(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = RenewalSettings.From(configuration);
        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        // A partner-sync or webhook feature registers its own notifier before this call, or replaces this one.
        services.TryAddSingleton<IEvidenceExpiryNotifier, NoEvidenceExpiryNotifier>();
        services.AddSingleton<EvidenceExpiryCheck>();
        if (settings.Enabled)
        {
            services.AddHostedService<EvidenceExpiryWorker>();
        }

        return services;
    }
}
