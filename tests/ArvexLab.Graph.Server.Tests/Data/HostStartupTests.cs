using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ArvexLab.Graph.Server.Tests.Data;

/// <summary>The app's own wiring (<c>builder.AddGraphData()</c>) on a real host with default settings.</summary>
public sealed class HostStartupTests : IDisposable
{
    private readonly string contentRoot = Path.Combine(Path.GetTempPath(), "arvex-host-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Starting_a_host_creates_the_sqlite_file_under_data_migrates_and_seeds_the_demo()
    {
        Directory.CreateDirectory(contentRoot);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot, EnvironmentName = "Development" });
        builder.AddGraphData();
        using var host = builder.Build();

        await host.StartAsync();
        try
        {
            Assert.True(File.Exists(Path.Combine(contentRoot, "data", GraphDataSettings.SqliteFileName)));
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GraphDbContext>();

            // A request scope acts as the demo organization: it sees the demo vendors and none of Globex's.
            var slugs = await db.Vendors.Join(db.Organizations, v => v.OrganizationId, o => o.Id, (v, o) => o.Slug).Distinct().ToListAsync();
            Assert.Equal([DemoSeeder.DemoSlug], slugs);
            Assert.True(await db.Vendors.CountAsync() >= 12);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(contentRoot))
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }
}
