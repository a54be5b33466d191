using System.Text.Json.Nodes;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Tests.Evidence;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Live;

/// <summary>
/// Two server nodes on one database: the subscriber is connected to one, the extraction runs on the other. On
/// PostgreSQL the status travels by LISTEN/NOTIFY (the fallback poll is set beyond the test's length); on SQLite by
/// the short poll.
/// </summary>
public abstract class CrossNodeStatusTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [DataFact]
    public async Task A_subscriber_on_one_node_sees_the_extraction_another_node_runs_in_order_up_to_EXTRACTED()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Extraction:ToolPath"] = PipelineTestKit.ToolPath("fake-extract.sh"),
            ["Evidence:Live:Mode"] = database.Provider == DatabaseProvider.Postgres ? "PostgresNotify" : "Poll",
            ["Evidence:Live:PollIntervalSeconds"] = "0.2",
            ["Evidence:Live:NotifyFallbackPollSeconds"] = "600",
        };
        await using var subscriberNode = new GraphApp(database, settings);
        await using var workerNode = new GraphApp(database, settings);
        var organization = await GraphApp.CreateOrganizationAsync(database, "Two nodes");
        var token = await LiveTestData.PartnerTokenAsync(subscriberNode, organization);
        var document = await LiveTestData.QueuedDocumentAsync(workerNode, database, organization);
        await using var socket = await LiveSocket.ConnectAsync(subscriberNode);
        await socket.InitAndAckAsync(token.AccessToken);
        await socket.SubscribeAsync("doc", "subscription($id: ID!) { evidenceStatusChanged(documentId: $id) { status } }",
            new JsonObject { ["id"] = LiveTestData.DocumentId(document) });
        var statuses = new List<string> { Status(await socket.ReceiveAsync()) };

        Assert.True(await workerNode.Services.GetRequiredService<ExtractionWorker>().RunOnceAsync("other-node", CancellationToken.None));

        while (statuses[^1] != "EXTRACTED")
        {
            statuses.Add(Status(await socket.ReceiveAsync()));
        }

        // A quick EXTRACTING may merge into EXTRACTED; nothing may arrive out of order or twice.
        Assert.Equal("QUEUED", statuses[0]);
        Assert.Contains(statuses, s => s == "EXTRACTED");
        Assert.Equal(statuses.Distinct(), statuses);
        Assert.Equal(statuses.OrderBy(s => Array.IndexOf(["QUEUED", "EXTRACTING", "EXTRACTED"], s)), statuses);
    }

    private static string Status(JsonNode message) => message["payload"]!["data"]!["evidenceStatusChanged"]!["status"]!.GetValue<string>();
}

public sealed class SqliteCrossNodeStatusTests(SqliteTestDatabase database) : CrossNodeStatusTests<SqliteTestDatabase>(database);

public sealed class PostgresCrossNodeStatusTests(PostgresTestDatabase database) : CrossNodeStatusTests<PostgresTestDatabase>(database);
