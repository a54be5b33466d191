using System.Net;
using System.Net.Sockets;

namespace ArvexLab.Graph.Server.Features.Sync.Webhooks;

/// <summary>
/// Keeps webhooks from becoming a server-side request forgery tool: targets must be public HTTPS addresses, checked
/// when a subscription is made and again for the address actually connected to (DNS may change in between).
/// <c>Webhooks:AllowPrivateTargets</c> lifts the address rule (and allows plain HTTP) for local development and tests.
/// </summary>
public sealed class WebhookTargetPolicy(WebhookSettings settings)
{
    /// <summary>Null when the URL is an acceptable target; otherwise why not.</summary>
    public async Task<string?> CheckUrlAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "The URL must be an absolute https:// URL.";
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !settings.AllowPrivateTargets)
        {
            return "The URL must use https.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "The URL must not contain credentials.";
        }

        if (settings.AllowPrivateTargets)
        {
            return null;
        }

        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.IdnHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(uri.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            return "The URL's host does not resolve.";
        }

        return addresses.Length > 0 && addresses.All(IsPublic) ? null
            : "The URL points at a loopback, private, link-local or otherwise non-public address.";
    }

    /// <summary>Whether the dispatcher may connect to <paramref name="address"/>.</summary>
    public bool MayConnect(IPAddress address) => settings.AllowPrivateTargets || IsPublic(address);

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)   // carrier-grade NAT
                || (b[0] == 169 && b[1] == 254)                 // link-local, cloud metadata
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19)));
        }

        var bytes = address.GetAddressBytes();
        return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal
            || (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0d && bytes[3] == 0xb8)   // documentation
            || bytes[0] == 0x00);
    }
}
