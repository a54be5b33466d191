using System.Globalization;
using System.Security.Cryptography;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence.Upload;
using Microsoft.AspNetCore.DataProtection;

namespace ArvexLab.Graph.Server.Features.Evidence.Download;

/// <summary>A link to fetch one document's original file, valid until <see cref="ExpiresAt"/>.</summary>
public sealed record EvidenceDownloadLink(string Url, DateTimeOffset ExpiresAt);

/// <summary>What a valid download token grants: one document of one organization.</summary>
public sealed record EvidenceFileGrant(long OrganizationId, long DocumentId);

/// <summary>
/// Signed, expiring download links (<c>/evidence/{id}/file?token=…</c>). The token is the credential, so a browser
/// viewer can open it without the bearer token; it is encrypted and authenticated with ASP.NET Data Protection (a
/// forged or altered token does not open), names the organization it was issued in, and expires after
/// <see cref="EvidenceUploadSettings.DownloadLinkLifetime"/>. Several nodes must share the Data Protection key ring.
/// </summary>
public sealed class EvidenceFileLinks(IDataProtectionProvider protection, EvidenceUploadSettings settings, TimeProvider clock)
{
    public const string PathPrefix = "/evidence";
    private const string Purpose = "ArvexLab.Graph.Evidence.Download.v1";

    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public EvidenceDownloadLink Create(EvidenceDocument document, string? origin) => Create(document.OrganizationId, document.Id, clock.GetUtcNow() + settings.DownloadLinkLifetime, origin);

    public EvidenceDownloadLink Create(long organizationId, long documentId, DateTimeOffset expiresAt, string? origin)
    {
        var token = protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{organizationId}:{documentId}"), expiresAt);
        var id = GlobalId.Encode(nameof(EvidenceDocument), documentId);
        return new EvidenceDownloadLink($"{origin}{PathPrefix}/{Uri.EscapeDataString(id)}/file?token={Uri.EscapeDataString(token)}", expiresAt);
    }

    /// <summary>The grant in a token for the document <paramref name="id"/>; null when forged, expired or for another document.</summary>
    public EvidenceFileGrant? Open(string id, string? token)
    {
        if (string.IsNullOrEmpty(token) || !GlobalId.TryDecode(id, out var type, out var documentId) || type != nameof(EvidenceDocument))
        {
            return null;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(token, out _);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split(':');
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var organizationId)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var granted)
            && granted == documentId
                ? new EvidenceFileGrant(organizationId, documentId)
                : null;
    }
}
