using ArvexLab.Graph.Server.Features.Evidence.Live;
using ArvexLab.Graph.Server.Features.Evidence.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

public static class EvidencePipelineWiring
{
    /// <summary>
    /// Blob storage (<c>Storage:Provider</c>), the durable extraction queue and its background workers
    /// (<c>Extraction:*</c>). Call after <c>AddGraphData</c>.
    /// </summary>
    public static IHostApplicationBuilder AddEvidencePipeline(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEvidencePipeline(builder.Configuration);
        return builder;
    }

    public static IServiceCollection AddEvidencePipeline(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Storage:Provider"];
        if (provider is { Length: > 0 } && !provider.Equals("FileSystem", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Storage:Provider '{provider}' is not supported; use FileSystem.");
        }

        services.AddSingleton<IBlobStore, FileSystemBlobStore>();
        services.AddSingleton(ExtractionSettings.From(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ExtractionProcessRunner>();
        services.AddSingleton<ExtractionJobQueue>();
        services.AddSingleton<ExtractionJobProcessor>();
        services.AddSingleton<ExtractionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ExtractionWorker>());
        services.AddEvidenceLiveStatus(configuration);
        return services;
    }
}
