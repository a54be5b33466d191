using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ArvexLab.Graph.Server.Features.Sync.Webhooks;

/// <summary>The outcome of one POST: the status code (null when no response arrived) and, on failure, why.</summary>
public sealed record WebhookAttempt(bool Succeeded, int? StatusCode, string? Error);

/// <summary>
/// POSTs signed deliveries. Connections go only to addresses the target policy allows (checked on the resolved
/// address, so a DNS answer that changed since subscribing cannot reach inside); redirects are not followed.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient http;
    private readonly WebhookTargetPolicy policy;

    public WebhookSender(WebhookTargetPolicy policy, WebhookSettings settings)
    {
        this.policy = policy;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = ConnectAsync,
        };
        http = new HttpClient(handler) { Timeout = settings.Timeout };
    }

    public async Task<WebhookAttempt> SendAsync(string url, string secret, string eventId, string eventType, string body, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Compute(secret, timestamp, body));
        request.Headers.Add(WebhookSignature.EventIdHeader, eventId);
        request.Headers.Add(WebhookSignature.EventTypeHeader, eventType);
        request.Headers.UserAgent.ParseAdd("ArvexLab-Webhooks/1");
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? new(true, code, null) : new(false, code, $"The receiver answered {code}.");
        }
        catch (HttpRequestException ex)
        {
            return new(false, null, Trim(ex.Message));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(false, null, "The receiver did not answer in time.");
        }
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var allowed = addresses.Where(policy.MayConnect).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException("The target resolves only to addresses webhooks may not reach.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static string Trim(string message) => message.Length <= 500 ? message : message[..500];

    public void Dispose() => http.Dispose();
}
