using System.Net;
using ArvexLab.Graph.Bench.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Bench.Hosting;

/// <summary>
/// The real server (its Program, unchanged) on Kestrel at 127.0.0.1 with a free port, over a seeded database,
/// plus the benchmark's own endpoints (statistics, minimal-API baselines) mapped in front of its pipeline.
/// Development environment, because Production insists on HTTPS and real certificates; logging at Warning
/// and the per-client rate limit off, so the benchmark measures the work and not the throttle.
/// </summary>
public sealed class BenchServerFactory(BenchDatabase database, int extractionWorkers) : WebApplicationFactory<Program>
{
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Demo:Enabled"] = "false",
            ["Identity:EphemeralKeys"] = "true",
            ["Extraction:Workers"] = extractionWorkers.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GraphQL:Protection:CostPointsPerMinute"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<RequestStatistics>();
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, BenchStartupFilter>();
        });
    }

    /// <summary>Starts Kestrel on loopback with an OS-assigned port.</summary>
    public void StartOnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
    }
}
