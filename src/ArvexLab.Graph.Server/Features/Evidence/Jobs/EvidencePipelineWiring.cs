using ArvexLab.Graph.Server.Features.Evidence.Download;
using ArvexLab.Graph.Server.Features.Evidence.Live;
using ArvexLab.Graph.Server.Features.Evidence.Storage;
using ArvexLab.Graph.Server.Features.Evidence.Upload;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

public static class EvidencePipelineWiring
{
    /// <summary>
    /// Blob storage (<c>Storage:Provider</c>), the durable extraction queue and its background workers
    /// (<c>Extraction:*</c>), and the shared Data Protection key ring of download links (<c>DataProtection:*</c>). Call after <c>AddGraphData</c>.
    /// </summary>
    public static IHostApplicationBuilder AddEvidencePipeline(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEvidencePipeline(builder.Configuration);
        return builder;
    }

    public static IServiceCollection AddEvidencePipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBlobStore(configuration);
        services.AddSingleton(ExtractionSettings.From(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ExtractionProcessRunner>();
        services.AddSingleton<ExtractionJobQueue>();
        services.AddSingleton<ExtractionJobProcessor>();
        services.AddSingleton<ExtractionWakeUp>();
        services.AddSingleton<ExtractionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ExtractionWorker>());
        services.AddSingleton(EvidenceUploadSettings.From(configuration));
        services.AddScoped<EvidenceUpload>();
        services.AddScoped<EvidenceReextraction>();
        services.AddSharedDataProtection(configuration);
        services.AddHttpContextAccessor();
        services.AddSingleton<EvidenceFileLinks>();
        services.AddEvidenceLiveStatus(configuration);
        return services;
    }

    /// <summary><c>Storage:Provider</c>: FileSystem (default, under the data folder) or S3 (<c>Storage:S3:*</c>).</summary>
    private static void AddBlobStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Storage:Provider"];
        if (provider is not { Length: > 0 } || provider.Equals("FileSystem", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IBlobStore, FileSystemBlobStore>();
        }
        else if (provider.Equals("S3", StringComparison.OrdinalIgnoreCase))
        {
            var settings = S3StorageSettings.From(configuration);
            services.AddSingleton<IBlobStore>(_ => new S3BlobStore(settings));
        }
        else
        {
            throw new InvalidOperationException($"Storage:Provider '{provider}' is not supported; use FileSystem or S3.");
        }
    }
}
