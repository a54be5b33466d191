using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ArvexLab.Graph.GraphQL.Tests.Subscriptions;

/// <summary>A plain ClientWebSocket speaking graphql-transport-ws by hand, so tests see every frame the server sends.</summary>
public sealed class TransportWsClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly ClientWebSocket socket;

    private TransportWsClient(ClientWebSocket socket) => this.socket = socket;

    public static async Task<TransportWsClient> ConnectAsync(Uri uri, string? subProtocol = "graphql-transport-ws", Func<Uri, ClientWebSocket, Task>? connect = null)
    {
        var socket = new ClientWebSocket();
        if (subProtocol is not null)
        {
            socket.Options.AddSubProtocol(subProtocol);
        }

        if (connect is not null)
        {
            await connect(uri, socket);
        }
        else
        {
            using var timeout = new CancellationTokenSource(Patience);
            await socket.ConnectAsync(uri, timeout.Token);
        }

        return new TransportWsClient(socket);
    }

    public string? SubProtocol => socket.SubProtocol;

    public Task SendAsync(JsonObject message) => SendTextAsync(message.ToJsonString());

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    public async Task InitAsync(JsonObject? payload = null)
    {
        await SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = payload ?? new JsonObject() });
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack["type"]!.GetValue<string>());
    }

    public Task SubscribeAsync(string id, string query, JsonObject? variables = null) => SendAsync(new JsonObject
    {
        ["id"] = id,
        ["type"] = "subscribe",
        ["payload"] = new JsonObject { ["query"] = query, ["variables"] = variables },
    });

    /// <summary>The next message; fails the test when the server closes instead.</summary>
    public async Task<JsonNode> ReceiveAsync()
    {
        var (message, close) = await ReceiveOrCloseAsync();
        Assert.True(message is not null, $"Expected a message, the server closed with {close?.Code} {close?.Reason}");
        return message!;
    }

    /// <summary>The close code the server ends with, after any messages it still sends.</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAsync()
    {
        while (true)
        {
            var (_, close) = await ReceiveOrCloseAsync();
            if (close is { } closed)
            {
                return closed;
            }
        }
    }

    private async Task<(JsonNode? Message, (int Code, string? Reason)? Close)> ReceiveOrCloseAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, ((int)result.CloseStatus!.Value, result.CloseStatusDescription));
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
