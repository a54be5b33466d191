using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ArvexLab.Graph.Server.Tests.Live;

/// <summary>A graphql-transport-ws client over the test server's real WebSocket, frame by frame.</summary>
public sealed class LiveSocket(WebSocket socket) : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task<LiveSocket> ConnectAsync<T>(WebApplicationFactory<T> app) where T : class
    {
        var client = app.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(Patience);
        return new LiveSocket(await client.ConnectAsync(new Uri("ws://localhost/graphql"), timeout.Token));
    }

    public string? SubProtocol => socket.SubProtocol;

    public async Task SendAsync(JsonObject message)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, timeout.Token);
    }

    public Task InitAsync(string? token) => SendAsync(new JsonObject
    {
        ["type"] = "connection_init",
        ["payload"] = token is null ? new JsonObject() : new JsonObject { ["Authorization"] = "Bearer " + token },
    });

    public async Task InitAndAckAsync(string token)
    {
        await InitAsync(token);
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack["type"]!.GetValue<string>());
    }

    public Task SubscribeAsync(string id, string query, JsonObject? variables = null) => SendAsync(new JsonObject
    {
        ["id"] = id,
        ["type"] = "subscribe",
        ["payload"] = new JsonObject { ["query"] = query, ["variables"] = variables },
    });

    public async Task<JsonNode> ReceiveAsync()
    {
        var (message, close) = await ReceiveOrCloseAsync();
        Assert.True(message is not null, $"Expected a message, the server closed with {close}");
        return message!;
    }

    /// <summary>The server's close code, skipping any messages before it.</summary>
    public async Task<int> ReceiveCloseAsync()
    {
        while (true)
        {
            if ((await ReceiveOrCloseAsync()).Close is { } code)
            {
                return code;
            }
        }
    }

    private async Task<(JsonNode? Message, int? Close)> ReceiveOrCloseAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[16 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, (int?)result.CloseStatus);
            }

            text.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return (JsonNode.Parse(text.ToArray()), null);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }

        socket.Dispose();
    }
}
