using ArvexLab.Graph.Server.Data;

namespace ArvexLab.Graph.Server.Features.Evidence.Live;

public static class LiveStatusWiring
{
    /// <summary>
    /// Live extraction status for <c>evidenceStatusChanged</c> (section <c>Evidence:Live</c>): the feed, the notifier the
    /// workers call, the poller, and on PostgreSQL the LISTEN connection. Call after <c>AddGraphData</c>.
    /// </summary>
    public static IServiceCollection AddEvidenceLiveStatus(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => LiveStatusSettings.From(configuration, sp.GetRequiredService<GraphDataSettings>()));
        services.AddSingleton<EvidenceStatusFeed>();
        services.AddSingleton<EvidenceStatusNotifier>();
        services.AddHostedService<EvidenceStatusPoller>();
        services.AddHostedService<PostgresStatusListener>();
        return services;
    }
}
