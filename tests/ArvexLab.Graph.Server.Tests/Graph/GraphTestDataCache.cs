using System.Runtime.CompilerServices;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Graph;

/// <summary>
/// One seeded <see cref="GraphTestData"/> and one running server per test database: xunit makes a test class
/// instance per test, and starting the server (migrations check, catalog load) per test would dominate the run.
/// </summary>
internal static class GraphTestDataCache
{
    private static readonly ConditionalWeakTable<TestDatabase, Task<(GraphTestData, GraphApp)>> Started = [];
    private static readonly Lock Gate = new();

    public static Task<(GraphTestData Data, GraphApp App)> GetAsync(TestDatabase database)
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

    private static async Task<(GraphTestData, GraphApp)> StartAsync(TestDatabase database)
    {
        var data = await GraphTestData.SeedAsync(database);
        var app = new GraphApp(database);
        app.Server.PreserveExecutionContext = true;
        database.DisposeWith(app);
        return (data, app);
    }
}
