using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Features.Evidence.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ArvexLab.Graph.Server.Tests.Evidence;

public sealed class EvidencePipelineWiringTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddGraphData(configuration, Path.GetTempPath());
        services.AddEvidencePipeline(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void The_pipeline_reads_its_settings_and_registers_the_worker_and_a_blob_store_under_the_data_folder()
    {
        var data = Path.Combine(Path.GetTempPath(), "arvex-wiring-" + Guid.NewGuid().ToString("N"));
        using var provider = Build(new()
        {
            ["Data:Directory"] = data,
            ["Extraction:Workers"] = "3",
            ["Extraction:TimeoutSeconds"] = "45",
            ["Extraction:LeaseSeconds"] = "120",
            ["Extraction:MemoryLimitMb"] = "512",
        });

        var settings = provider.GetRequiredService<ExtractionSettings>();
        Assert.Equal((3, TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(120), 512), (settings.WorkerCount, settings.Timeout, settings.LeaseDuration, settings.MemoryLimitMb));
        Assert.Equal(Path.Combine(data, "blobs"), Assert.IsType<FileSystemBlobStore>(provider.GetRequiredService<IBlobStore>()).Root);
        Assert.Contains(provider.GetServices<IHostedService>(), s => s is ExtractionWorker);
    }

    [Fact]
    public void A_lease_shorter_than_the_extraction_time_limit_and_an_unknown_storage_provider_are_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Build(new() { ["Extraction:TimeoutSeconds"] = "60", ["Extraction:LeaseSeconds"] = "60" }));
        Assert.Throws<InvalidOperationException>(() => Build(new() { ["Storage:Provider"] = "Ftp" }));
    }
}
