using System.Globalization;
using System.Security.Claims;
using ArvexLab.Graph.Server.Data.Entities;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ArvexLab.Graph.Server.Features.Identity;

/// <summary>The claim types and values the graph's tokens carry, and how to read them back.</summary>
public static class GraphClaims
{
    /// <summary>The organization (tenant) the caller acts in.</summary>
    public const string Organization = "org";

    /// <summary>The audience every access token is issued for; local validation insists on it.</summary>
    public const string Audience = "arvexlab-graph";

    public const string AdminRole = "ADMIN";
    public const string ReviewerRole = "REVIEWER";
    public const string ViewerRole = "VIEWER";
    public const string PlatformAdminRole = "PLATFORM_ADMIN";

    public static string RoleName(OrganizationRole role) => role switch
    {
        OrganizationRole.Admin => AdminRole,
        OrganizationRole.Reviewer => ReviewerRole,
        _ => ViewerRole,
    };

    public static long? OrganizationId(this ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true
        && long.TryParse(principal.FindFirst(Organization)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary>Users carry an organization role claim; partner clients never do (they act through scopes).</summary>
    public static OrganizationRole? MemberRole(this ClaimsPrincipal principal) =>
        principal.FindAll(Claims.Role).Select(c => c.Value).FirstOrDefault(IsOrganizationRole) switch
        {
            AdminRole => OrganizationRole.Admin,
            ReviewerRole => OrganizationRole.Reviewer,
            ViewerRole => OrganizationRole.Viewer,
            _ => null,
        };

    public static bool IsPlatformAdmin(this ClaimsPrincipal principal) =>
        principal.HasClaim(Claims.Role, PlatformAdminRole);

    /// <summary>How the audit trail names the caller: the user's e-mail or the partner's client id.</summary>
    public static string ActorName(this ClaimsPrincipal principal) =>
        principal.FindFirst(Claims.Email)?.Value is { Length: > 0 } email
            ? email
            : "client:" + (principal.FindFirst(Claims.Subject)?.Value ?? "unknown");

    private static bool IsOrganizationRole(string value) =>
        value is AdminRole or ReviewerRole or ViewerRole;
}
