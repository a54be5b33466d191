using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace ArvexLab.Graph.GraphQL.Subscriptions;

/// <summary>
/// Whole text messages over a WebSocket: reads stop at the size limit instead of buffering whatever a client
/// sends, and sends are serialized, because a WebSocket allows only one send at a time and operations run concurrently.
/// </summary>
internal sealed class WebSocketTextChannel(WebSocket socket, int maxMessageBytes) : IDisposable
{
    private readonly SemaphoreSlim sending = new(1, 1);
    private bool closeSent;

    public WebSocket Socket => socket;

    public bool CloseSent => Volatile.Read(ref closeSent);

    /// <summary>The next message; <see cref="Received.Closed"/> when the client closed, <see cref="Received.TooLarge"/> or <see cref="Received.Binary"/> for refusals.</summary>
    public async Task<(Received Kind, string? Text)> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var chunk = buffer.GetMemory(4096);
            var result = await socket.ReceiveAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (Received.Closed, null);
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > maxMessageBytes)
            {
                return (Received.TooLarge, null);
            }

            if (result.EndOfMessage)
            {
                return result.MessageType == WebSocketMessageType.Binary
                    ? (Received.Binary, null)
                    : (Received.Text, Encoding.UTF8.GetString(buffer.WrittenSpan));
            }
        }
    }

    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        await sending.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!closeSent && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>Sends the close frame once; later messages are dropped. False when the socket was already closing.</summary>
    public async Task<bool> CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        await sending.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (closeSent || socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            {
                return false;
            }

            closeSent = true;
            // The reason must fit a control frame (123 bytes of UTF-8).
            var cut = reason.Length > 100 ? reason[..100] : reason;
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, cut, cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            sending.Release();
        }
    }

    public void Dispose() => sending.Dispose();

    public enum Received
    {
        Text,
        Binary,
        TooLarge,
        Closed,
    }
}
