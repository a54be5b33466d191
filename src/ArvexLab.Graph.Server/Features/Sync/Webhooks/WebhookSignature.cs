using System.Security.Cryptography;
using System.Text;

namespace ArvexLab.Graph.Server.Features.Sync.Webhooks;

/// <summary>
/// <c>X-Arvex-Signature: v1=&lt;hex HMAC-SHA256(secret, "&lt;X-Arvex-Timestamp&gt;.&lt;raw body&gt;")&gt;</c>. Signing the
/// timestamp with the body lets receivers refuse replays (reject timestamps more than a few minutes old).
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Arvex-Signature";
    public const string TimestampHeader = "X-Arvex-Timestamp";
    public const string EventIdHeader = "X-Arvex-Event-Id";
    public const string EventTypeHeader = "X-Arvex-Event-Type";

    public static string Compute(string secret, string timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body));
        return "v1=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>Constant-time check, as a receiver would do it.</summary>
    public static bool Verify(string secret, string timestamp, string body, string signature)
        => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}
