using System.Runtime.CompilerServices;
using ArvexLab.Graph.Server.Data.Seeding;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Posture;

/// <summary>
/// The real server with the demo data on, one per test database: start-up loads the catalogs, seeds the demo,
/// maps the controls and computes every vendor's posture, as on a fresh installation.
/// </summary>
internal static class DemoPostureApp
{
    private static readonly ConditionalWeakTable<TestDatabase, Task<(GraphApp, GraphClient, long)>> Started = [];
    private static readonly Lock Gate = new();

    public static Task<(GraphApp App, GraphClient Client, long DemoOrganizationId)> GetAsync(TestDatabase database)
    {
        lock (Gate)
        {
            if (!Started.TryGetValue(database, out var task))
            {
                task = StartAsync(database);
                Started.Add(database, task);
            }

            return task;
        }
    }

    private static async Task<(GraphApp, GraphClient, long)> StartAsync(TestDatabase database)
    {
        var app = new GraphApp(database, new Dictionary<string, string?> { ["Demo:Enabled"] = "true", ["GraphQL:Protection:MaxCost"] = "100000" });
        app.Server.PreserveExecutionContext = true;
        database.DisposeWith(app);
        await using var db = database.CreateSystemContext();
        var demo = await db.Organizations.SingleAsync(o => o.Slug == DemoSeeder.DemoSlug);
        return (app, await app.CreateGraphClientAsync(demo.Id), demo.Id);
    }
}
