using System.Text.Json.Nodes;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Live;

/// <summary>
/// evidenceStatusChanged over a real WebSocket against the real server with real tokens; statuses change only through
/// the extraction queue and worker (the fake tool runs as a real process). See <see cref="LiveApps"/> for the server.
/// </summary>
public abstract class EvidenceStatusSubscriptionTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string Subscription = "subscription($id: ID!) { evidenceStatusChanged(documentId: $id) { id status failureCode failureMessage changedAt } }";

    private GraphApp App => LiveApps.For(database);

    [DataFact]
    public async Task Subscriber_receives_QUEUED_then_EXTRACTING_then_EXTRACTED_as_the_worker_runs()
    {
        var app = App;
        var organization = await GraphApp.CreateOrganizationAsync(database, "Live");
        var token = await LiveTestData.PartnerTokenAsync(app, organization);
        var document = await LiveTestData.QueuedDocumentAsync(app, database, organization);
        await using var socket = await LiveSocket.ConnectAsync(app);
        await socket.InitAndAckAsync(token.AccessToken);

        await socket.SubscribeAsync("doc", Subscription, new JsonObject { ["id"] = LiveTestData.DocumentId(document) });
        var queued = await socket.ReceiveAsync();
        Assert.True(await app.Services.GetRequiredService<ExtractionWorker>().RunOnceAsync("live-test", CancellationToken.None));

        var changes = new[] { queued, await socket.ReceiveAsync(), await socket.ReceiveAsync() }.Select(Change).ToList();
        Assert.All(changes, c => Assert.Equal(("next", "doc", LiveTestData.DocumentId(document)), (c.Type, c.Id, c.DocumentId)));
        Assert.Equal(["QUEUED", "EXTRACTING", "EXTRACTED"], changes.Select(c => c.Status));
    }

    [DataFact]
    public async Task A_failing_extraction_ends_the_sequence_with_FAILED_and_its_code()
    {
        var app = App;
        var organization = await GraphApp.CreateOrganizationAsync(database, "Live failing");
        var token = await LiveTestData.PartnerTokenAsync(app, organization);
        var document = await LiveTestData.QueuedDocumentAsync(app, database, organization, content: "not a pdf at all");
        await using var socket = await LiveSocket.ConnectAsync(app);
        await socket.InitAndAckAsync(token.AccessToken);

        await socket.SubscribeAsync("doc", Subscription, new JsonObject { ["id"] = LiveTestData.DocumentId(document) });
        var queued = await socket.ReceiveAsync();
        await app.Services.GetRequiredService<ExtractionWorker>().RunOnceAsync("live-test", CancellationToken.None);

        var extracting = await socket.ReceiveAsync();
        var failed = await socket.ReceiveAsync();
        Assert.Equal(["QUEUED", "EXTRACTING", "FAILED"], new[] { queued, extracting, failed }.Select(m => Change(m).Status));
        var payload = failed["payload"]!["data"]!["evidenceStatusChanged"]!;
        Assert.Equal("NOT_A_PDF", payload["failureCode"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(payload["failureMessage"]!.GetValue<string>()));
    }

    [DataFact]
    public async Task Another_tenants_document_is_refused_exactly_like_a_missing_one()
    {
        var app = App;
        var mine = await GraphApp.CreateOrganizationAsync(database, "Live mine");
        var theirs = await GraphApp.CreateOrganizationAsync(database, "Live theirs");
        var token = await LiveTestData.PartnerTokenAsync(app, mine);
        var foreign = await LiveTestData.QueuedDocumentAsync(app, database, theirs);
        await using var socket = await LiveSocket.ConnectAsync(app);
        await socket.InitAndAckAsync(token.AccessToken);

        await socket.SubscribeAsync("foreign", Subscription, new JsonObject { ["id"] = LiveTestData.DocumentId(foreign) });
        var refused = await socket.ReceiveAsync();
        Assert.Equal("complete", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
        await socket.SubscribeAsync("missing", Subscription, new JsonObject { ["id"] = LiveTestData.DocumentId(long.MaxValue - 1) });
        var missing = await socket.ReceiveAsync();

        Assert.Null(refused["payload"]!["data"]);
        Assert.Equal("NOT_FOUND", refused["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(refused["payload"]!["errors"]![0]!["message"]!.GetValue<string>(), missing["payload"]!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [DataFact]
    public async Task Connection_init_without_a_valid_token_is_closed_with_4403()
    {
        var app = App;
        foreach (var token in new string?[] { null, "not-a-token" })
        {
            await using var socket = await LiveSocket.ConnectAsync(app);
            Assert.Equal("graphql-transport-ws", socket.SubProtocol);

            await socket.InitAsync(token);

            Assert.Equal(4403, await socket.ReceiveCloseAsync());
        }
    }

    [DataFact]
    public async Task A_revoked_token_is_refused_like_on_the_http_endpoint()
    {
        var app = App;
        var organization = await GraphApp.CreateOrganizationAsync(database, "Live revoked");
        var token = await LiveTestData.PartnerTokenAsync(app, organization);
        using var http = app.CreateClient();
        using var revoked = await http.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token.AccessToken,
            ["token_type_hint"] = "access_token",
            ["client_id"] = token.ClientId,
            ["client_secret"] = token.Secret,
        }));
        Assert.True(revoked.IsSuccessStatusCode, await revoked.Content.ReadAsStringAsync());
        await using var socket = await LiveSocket.ConnectAsync(app);

        await socket.InitAsync(token.AccessToken);

        Assert.Equal(4403, await socket.ReceiveCloseAsync());
    }

    [DataFact]
    public async Task Subscribe_before_the_ack_closes_with_4401()
    {
        var app = App;
        await using var socket = await LiveSocket.ConnectAsync(app);

        await socket.SubscribeAsync("early", Subscription, new JsonObject { ["id"] = LiveTestData.DocumentId(1) });

        Assert.Equal(4401, await socket.ReceiveCloseAsync());
    }

    [DataFact]
    public async Task Subscribing_twice_with_one_id_closes_with_4409()
    {
        var app = App;
        var organization = await GraphApp.CreateOrganizationAsync(database, "Live duplicate");
        var token = await LiveTestData.PartnerTokenAsync(app, organization);
        var document = await LiveTestData.QueuedDocumentAsync(app, database, organization);
        await using var socket = await LiveSocket.ConnectAsync(app);
        await socket.InitAndAckAsync(token.AccessToken);
        await socket.SubscribeAsync("doc", Subscription, new JsonObject { ["id"] = LiveTestData.DocumentId(document) });
        Assert.Equal("QUEUED", Change(await socket.ReceiveAsync()).Status);

        await socket.SubscribeAsync("doc", Subscription, new JsonObject { ["id"] = LiveTestData.DocumentId(document) });

        Assert.Equal(4409, await socket.ReceiveCloseAsync());
    }

    [DataFact]
    public async Task The_http_endpoint_still_requires_a_token_and_answers_without_a_socket()
    {
        var app = App;
        using var http = app.CreateClient();

        using var response = await http.PostAsync("/graphql", new StringContent("{\"query\":\"{ me { id } }\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }

    internal static (string Type, string? Id, string? DocumentId, string? Status) Change(JsonNode message)
    {
        var change = message["payload"]?["data"]?["evidenceStatusChanged"];
        return (message["type"]!.GetValue<string>(), message["id"]?.GetValue<string>(), change?["id"]?.GetValue<string>(), change?["status"]?.GetValue<string>());
    }
}

public sealed class SqliteEvidenceStatusSubscriptionTests(SqliteTestDatabase database) : EvidenceStatusSubscriptionTests<SqliteTestDatabase>(database);

public sealed class PostgresEvidenceStatusSubscriptionTests(PostgresTestDatabase database) : EvidenceStatusSubscriptionTests<PostgresTestDatabase>(database);
