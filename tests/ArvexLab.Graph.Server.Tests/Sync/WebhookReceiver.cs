using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ArvexLab.Graph.Server.Tests.Sync;

/// <summary>A real HTTP endpoint on 127.0.0.1 that records what it receives and answers with the status the test chooses.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    public sealed record Received(string Body, string? Timestamp, string? Signature, string? EventId, string? EventType, int Answered);

    public WebhookReceiver()
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}/hooks";
    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>Decides the status of the n-th request (1-based).</summary>
    public Func<int, int> Answer { get; set; } = _ => 200;

    public async Task<bool> WaitForAsync(Func<WebhookReceiver, bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (condition(this))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return condition(this);
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var status = Answer(Requests.Count + 1);
            var headers = context.Request.Headers;
            Requests.Enqueue(new Received(body, headers["X-Arvex-Timestamp"], headers["X-Arvex-Signature"], headers["X-Arvex-Event-Id"], headers["X-Arvex-Event-Type"], status));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
    }
}
