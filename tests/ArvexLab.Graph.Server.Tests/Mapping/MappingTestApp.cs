using System.Runtime.CompilerServices;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Mapping;

/// <summary>The real server on a test database (its start-up loads the built-in catalogs), one per database, with a client for a new organization.</summary>
internal static class MappingTestApp
{
    private static readonly ConditionalWeakTable<TestDatabase, Task<(GraphApp, GraphClient, long)>> Started = [];
    private static readonly Lock Gate = new();

    public static Task<(GraphApp App, GraphClient Client, long OrganizationId)> GetAsync(TestDatabase database)
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
        var app = new GraphApp(database, new Dictionary<string, string?>
        {
            ["GraphQL:Protection:MaxCost"] = "100000",
            // Coverage of 50 vendors with nested lists is measured for statements here, not rate limited.
            ["GraphQL:Protection:CostPointsPerMinute"] = "0",
        });
        database.DisposeWith(app);
        _ = app.Server; // start: migrations and catalogs
        var organizationId = await GraphApp.CreateOrganizationAsync(database, "Mapping");
        return (app, await app.CreateGraphClientAsync(organizationId, "graph:read graph:write"), organizationId);
    }
}
