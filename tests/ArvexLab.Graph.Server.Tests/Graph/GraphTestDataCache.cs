using System.Runtime.CompilerServices;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Graph;

/// <summary>Seeds <see cref="GraphTestData"/> once per test database (xunit makes a test class instance per test).</summary>
internal static class GraphTestDataCache
{
    private static readonly ConditionalWeakTable<TestDatabase, Task<GraphTestData>> Seeded = [];
    private static readonly Lock Gate = new();

    public static Task<GraphTestData> GetAsync(TestDatabase database)
    {
        lock (Gate)
        {
            if (!Seeded.TryGetValue(database, out var task))
            {
                task = GraphTestData.SeedAsync(database);
                Seeded.Add(database, task);
            }

            return task;
        }
    }
}
