using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace ArvexLab.Graph.Server.Tests.Protection;

/// <summary>The real server in the Production environment, where introspection and suggestions are off by default.</summary>
public sealed class ProductionGraphApp(TestDatabase database) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        var all = new Dictionary<string, string?>(database.Configuration) { ["Demo:Enabled"] = "false" };
        foreach (var (key, value) in all)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(all));
    }
}
