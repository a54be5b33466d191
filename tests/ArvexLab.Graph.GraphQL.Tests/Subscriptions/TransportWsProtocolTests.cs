using System.Text.Json.Nodes;

namespace ArvexLab.Graph.GraphQL.Tests.Subscriptions;

public sealed class TransportWsProtocolTests
{
    [Fact]
    public async Task Subscription_sends_each_event_as_next_in_order_then_complete()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await server.ConnectAndInitAsync();
        Assert.Equal("graphql-transport-ws", client.SubProtocol);

        await client.SubscribeAsync("s1", "subscription { count(to: 3) }");

        for (var i = 1; i <= 3; i++)
        {
            var next = await client.ReceiveAsync();
            Assert.Equal(("next", "s1", i), (Type(next), next["id"]!.GetValue<string>(), next["payload"]!["data"]!["count"]!.GetValue<int>()));
        }

        var complete = await client.ReceiveAsync();
        Assert.Equal(("complete", "s1"), (Type(complete), complete["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Query_over_the_socket_gets_one_next_then_complete()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await server.ConnectAndInitAsync();

        await client.SubscribeAsync("q", "{ hello }");

        Assert.Equal("world", (await client.ReceiveAsync())["payload"]!["data"]!["hello"]!.GetValue<string>());
        Assert.Equal("complete", Type(await client.ReceiveAsync()));
    }

    [Fact]
    public async Task Connection_init_the_authenticator_refuses_closes_with_4403()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await server.ConnectAsync();

        await client.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["token"] = "forged" } });

        Assert.Equal(4403, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task Subscribe_before_connection_ack_closes_with_4401()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await server.ConnectAsync();

        await client.SubscribeAsync("s1", "subscription { count(to: 1) }");

        Assert.Equal(4401, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task Subscribe_with_the_id_of_a_running_operation_closes_with_4409()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await server.ConnectAndInitAsync();
        await client.SubscribeAsync("same", "subscription { endless }");
        Assert.Equal("next", Type(await client.ReceiveAsync()));

        await client.SubscribeAsync("same", "subscription { endless }");

        var close = await client.ReceiveCloseAsync();
        Assert.Equal((4409, "Subscriber for same already exists"), close);
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await server.ConnectAndInitAsync();

        await client.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["token"] = "good" } });

        Assert.Equal(4429, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task No_connection_init_within_the_timeout_closes_with_4408()
    {
        await using var server = await SubscriptionTestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:WebSockets:ConnectionInitTimeout"] = "00:00:00.300" });
        await using var client = await server.ConnectAsync();

        Assert.Equal(4408, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task A_client_without_the_subprotocol_is_closed_with_4406()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await server.ConnectAsync(subProtocol: null);

        Assert.Equal(4406, (await client.ReceiveCloseAsync()).Code);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":42}")]
    [InlineData("{\"type\":\"unknown\"}")]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"x\",\"payload\":\"query\"}")]
    [InlineData("{\"type\":\"subscribe\",\"payload\":{\"query\":\"{ hello }\"}}")]
    public async Task A_malformed_message_closes_with_4400(string message)
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await server.ConnectAndInitAsync();

        await client.SendTextAsync(message);

        Assert.Equal(4400, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_with_1009()
    {
        await using var server = await SubscriptionTestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:WebSockets:MaxMessageBytes"] = "1000" });
        await using var client = await server.ConnectAndInitAsync();

        await client.SubscribeAsync("big", "{ hello }" + new string(' ', 2000));

        Assert.Equal(1009, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_before_and_after_the_ack()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await server.ConnectAsync();

        await client.SendAsync(new JsonObject { ["type"] = "ping" });
        Assert.Equal("pong", Type(await client.ReceiveAsync()));
        await client.InitAsync(new JsonObject { ["token"] = "good" });
        await client.SendAsync(new JsonObject { ["type"] = "ping" });
        Assert.Equal("pong", Type(await client.ReceiveAsync()));
    }

    [Fact]
    public async Task Complete_from_the_client_stops_the_stream_and_frees_the_id()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await server.ConnectAndInitAsync();
        await client.SubscribeAsync("e", "subscription { endless }");
        Assert.Equal("next", Type(await client.ReceiveAsync()));

        await client.SendAsync(new JsonObject { ["type"] = "complete", ["id"] = "e" });

        await WaitUntil(() => server.State.EndlessCancelled == 1);
        await client.SubscribeAsync("e", "subscription { count(to: 1) }");
        var next = await client.ReceiveAsync();
        Assert.Equal(("next", 1), (Type(next), next["payload"]!["data"]!["count"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Closing_the_connection_stops_its_streams()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        var client = await server.ConnectAndInitAsync();
        await client.SubscribeAsync("e", "subscription { endless }");
        Assert.Equal("next", Type(await client.ReceiveAsync()));

        await client.DisposeAsync();

        await WaitUntil(() => server.State.EndlessCancelled == 1);
    }

    [Fact]
    public async Task A_validation_failure_is_an_error_message_with_codes_and_no_complete()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await server.ConnectAndInitAsync();

        await client.SubscribeAsync("bad", "subscription { nope }");
        await client.SubscribeAsync("deep", "{ " + string.Concat(Enumerable.Repeat("a { ", 20)) + "b" + new string('}', 21));

        var errors = new[] { await client.ReceiveAsync(), await client.ReceiveAsync() }.ToDictionary(m => m["id"]!.GetValue<string>());
        Assert.All(errors.Values, m => Assert.Equal("error", Type(m)));
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", errors["bad"]["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("MAX_DEPTH_EXCEEDED", errors["deep"]["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        await client.SendAsync(new JsonObject { ["type"] = "ping" });
        Assert.Equal("pong", Type(await client.ReceiveAsync()));
    }

    [Fact]
    public async Task The_authenticated_caller_reaches_the_authorization_rule_and_the_resolvers()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await server.ConnectAndInitAsync();

        await client.SubscribeAsync("me", "subscription { whoami }");

        Assert.Equal("alice", (await client.ReceiveAsync())["payload"]!["data"]!["whoami"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stream_resolver_error_is_sent_as_next_with_errors_then_complete()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await server.ConnectAndInitAsync();

        await client.SubscribeAsync("r", "subscription { refused }");

        var next = await client.ReceiveAsync();
        Assert.Equal(("next", "NOT_FOUND"), (Type(next), next["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>()));
        Assert.Equal("complete", Type(await client.ReceiveAsync()));
    }

    [Fact]
    public async Task Operations_beyond_the_per_connection_limit_get_an_error_message()
    {
        await using var server = await SubscriptionTestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:WebSockets:MaxOperationsPerConnection"] = "1" });
        await using var client = await server.ConnectAndInitAsync();
        await client.SubscribeAsync("one", "subscription { endless }");
        Assert.Equal("next", Type(await client.ReceiveAsync()));

        await client.SubscribeAsync("two", "subscription { endless }");

        var error = await client.ReceiveAsync();
        Assert.Equal(("error", "two", "TOO_MANY_OPERATIONS"), (Type(error), error["id"]!.GetValue<string>(), error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>()));
    }

    private static string Type(JsonNode message) => message["type"]!.GetValue<string>();

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "The condition did not become true within 10 seconds.");
    }
}
