using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Features.Evidence.Live;
using ArvexLab.Graph.Server.Tests.Evidence;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ArvexLab.Graph.Server.Tests.Live;

/// <summary>
/// QUEUED is published when uploadEvidence or reextractEvidence saves, not left to the next poll: the live server polls
/// every 600 s (<see cref="LiveApps"/>), so a QUEUED a subscriber receives within the socket's patience was pushed.
/// </summary>
public abstract class QueuedStatusPushTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string Subscription = "subscription($id: ID!) { evidenceStatusChanged(documentId: $id) { id status } }";

    [DataFact]
    public async Task Reextraction_pushes_QUEUED_to_a_subscriber_of_the_extracted_document_at_once()
    {
        var app = LiveApps.For(database);
        var organization = await GraphApp.CreateOrganizationAsync(database, "Live reextract");
        var token = await LiveTestData.PartnerTokenAsync(app, organization, "graph:read graph:write");
        var document = await LiveTestData.QueuedDocumentAsync(app, database, organization);
        Assert.True(await app.Services.GetRequiredService<ExtractionWorker>().RunOnceAsync("live-reextract", CancellationToken.None));
        await using var socket = await LiveSocket.ConnectAsync(app);
        await socket.InitAndAckAsync(token.AccessToken);
        await socket.SubscribeAsync("doc", Subscription, new JsonObject { ["id"] = LiveTestData.DocumentId(document) });
        Assert.Equal("EXTRACTED", Status(await socket.ReceiveAsync()));

        var client = Client(app, token);
        var id = LiveTestData.DocumentId(document);
        var version = (await client.DataAsync("query($id: ID!) { evidenceDocument(id: $id) { version } }", new { id }))["evidenceDocument"]!["version"]!.GetValue<int>();
        var payload = (await client.DataAsync("mutation($id: ID!, $v: Int!) { reextractEvidence(input: { id: $id, version: $v }) { document { status } errors { code } } }",
            new { id, v = version }))["reextractEvidence"]!;
        Assert.Empty(payload["errors"]!.AsArray());

        Assert.Equal("QUEUED", Status(await socket.ReceiveAsync()));
    }

    private static GraphClient Client(GraphApp app, PartnerToken token)
    {
        var http = app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.AccessToken);
        return new GraphClient(http);
    }

    private static string Status(JsonNode message) => message["payload"]!["data"]!["evidenceStatusChanged"]!["status"]!.GetValue<string>();
}

public sealed class SqliteQueuedStatusPushTests(SqliteTestDatabase database) : QueuedStatusPushTests<SqliteTestDatabase>(database);

public sealed class PostgresQueuedStatusPushTests(PostgresTestDatabase database) : QueuedStatusPushTests<PostgresTestDatabase>(database);

/// <summary>
/// An upload tells every node at once: with PostgresNotify the new document's QUEUED goes out as a NOTIFY on the live
/// channel when the upload commits (no worker runs here, so nothing else could send it). A brand-new document has no
/// subscriber yet on the uploading node, so this is where the push is observable.
/// </summary>
public sealed class PostgresUploadNotificationTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [DataFact]
    public async Task An_upload_notifies_the_other_nodes_of_the_QUEUED_document_when_it_commits()
    {
        await using var app = new GraphApp(database, new Dictionary<string, string?>
        {
            ["Evidence:Live:Mode"] = "PostgresNotify",
            ["Evidence:Live:NotifyFallbackPollSeconds"] = "600",
        });
        var organization = await GraphApp.CreateOrganizationAsync(database, "Live upload");
        var client = await app.CreateGraphClientAsync(organization);
        var vendorId = await EvidenceGraph.CreateVendorAsync(client, "Notified Co");
        await using var listener = new NpgsqlConnection(database.Configuration["ConnectionStrings:Postgres"]);
        await listener.OpenAsync();
        var notified = new ConcurrentQueue<string>();
        listener.Notification += (_, e) => notified.Enqueue(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {LiveStatusSettings.Channel}", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        var upload = EvidenceGraph.Payload(await EvidenceGraph.UploadBytesAsync(client, vendorId,
            Encoding.ASCII.GetBytes($"%PDF-1.7\n% notify {Guid.NewGuid()}\n%%EOF\n"), "notify.pdf"));
        Assert.Equal("QUEUED", upload["document"]!["status"]!.GetValue<string>());
        var documentId = GlobalId.Decode(upload["document"]!["id"]!.GetValue<string>(), "EvidenceDocument").ToString(System.Globalization.CultureInfo.InvariantCulture);

        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!notified.Contains(documentId) && DateTime.UtcNow < until)
        {
            await listener.WaitAsync(TimeSpan.FromSeconds(1));
        }

        Assert.Contains(documentId, notified);
    }
}
