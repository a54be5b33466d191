using System.Runtime.CompilerServices;
using ArvexLab.Graph.Server.Tests.Evidence;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Live;

/// <summary>
/// One running server per test database for the live tests (starting one per test would dominate the run). It runs
/// the fake extraction tool, and polls so rarely that whatever a subscriber gets came through the worker's hook.
/// </summary>
internal static class LiveApps
{
    private static readonly ConditionalWeakTable<TestDatabase, GraphApp> Started = [];
    private static readonly Lock Gate = new();

    public static GraphApp For(TestDatabase database)
    {
        lock (Gate)
        {
            if (!Started.TryGetValue(database, out var app))
            {
                app = new GraphApp(database, new Dictionary<string, string?>
                {
                    ["Extraction:ToolPath"] = PipelineTestKit.ToolPath("fake-extract.sh"),
                    ["Evidence:Live:Mode"] = "Poll",
                    ["Evidence:Live:PollIntervalSeconds"] = "600",
                });
                _ = app.Server;
                database.DisposeWith(app);
                Started.Add(database, app);
            }

            return app;
        }
    }
}
