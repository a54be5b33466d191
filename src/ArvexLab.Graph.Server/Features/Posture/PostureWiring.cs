using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Features.Mapping;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArvexLab.Graph.Server.Features.Posture;

public static class PostureWiring
{
    /// <summary>Posture checks (section <c>Posture</c>), the start-up computation and the background refresh. Call after <c>AddFrameworks</c> (the checks use its accreditation body registry).</summary>
    public static IHostApplicationBuilder AddPosture(this IHostApplicationBuilder builder)
    {
        builder.Services.AddPosture(builder.Configuration);
        return builder;
    }

    public static IServiceCollection AddPosture(this IServiceCollection services, IConfiguration configuration, bool background = true)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(configuration.GetSection(PostureSettings.Section).Get<PostureSettings>() ?? new PostureSettings());
        services.TryAddSingleton<PostureChecks>();
        services.TryAddSingleton<PostureRecorder>();
        services.AddScoped<IDataSeeder, ControlMappingStartup>();
        services.AddScoped<IDataSeeder, PostureStartupRefresh>();
        if (background)
        {
            services.AddHostedService<PostureRefreshWorker>();
        }

        return services;
    }
}
