using System.Globalization;
using System.Security.Claims;
using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ArvexLab.Graph.Server.Features.Identity;

/// <summary>
/// Builds the identities OpenIddict turns into tokens. Every claim gets an explicit destination:
/// nothing reaches a token by accident.
/// </summary>
public static class TokenPrincipals
{
    /// <summary>A portal user: subject, organization, role(s), name and e-mail.</summary>
    public static ClaimsPrincipal ForUser(AppUser user, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, user.Id.ToString(CultureInfo.InvariantCulture))
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.Name, user.DisplayName ?? user.Email)
            .SetClaim(GraphClaims.Organization, user.OrganizationId.ToString(CultureInfo.InvariantCulture));

        var roles = new List<string> { GraphClaims.RoleName(user.Role) };
        if (user.IsPlatformAdmin)
        {
            roles.Add(GraphClaims.PlatformAdminRole);
        }

        identity.SetClaims(Claims.Role, [.. roles]);
        return Finish(identity, scopes);
    }

    /// <summary>A partner system: the client is the subject; it acts inside its one organization.</summary>
    public static ClaimsPrincipal ForPartner(string clientId, string? displayName, long organizationId, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.Name, displayName ?? clientId)
            .SetClaim(GraphClaims.Organization, organizationId.ToString(CultureInfo.InvariantCulture));
        return Finish(identity, scopes);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetResources(GraphClaims.Audience);
        identity.SetDestinations(claim => DestinationsOf(claim, identity));
        return new ClaimsPrincipal(identity);
    }

    private static IEnumerable<string> DestinationsOf(Claim claim, ClaimsIdentity identity)
    {
        switch (claim.Type)
        {
            case Claims.Subject:
            case GraphClaims.Organization:
            case Claims.Role:
                yield return Destinations.AccessToken;
                yield return Destinations.IdentityToken;
                yield break;

            // The audit trail names the actor from the access token, so name and e-mail go there too.
            case Claims.Name:
                yield return Destinations.AccessToken;
                if (identity.HasScope(Scopes.Profile))
                {
                    yield return Destinations.IdentityToken;
                }

                yield break;

            case Claims.Email:
                yield return Destinations.AccessToken;
                if (identity.HasScope(Scopes.Email))
                {
                    yield return Destinations.IdentityToken;
                }

                yield break;

            // Security stamps and anything else stay on the server.
            default:
                yield break;
        }
    }
}
