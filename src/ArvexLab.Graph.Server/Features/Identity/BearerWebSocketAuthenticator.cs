using System.Security.Claims;
using ArvexLab.Graph.GraphQL.Subscriptions;
using Microsoft.Net.Http.Headers;
using OpenIddict.Validation;

namespace ArvexLab.Graph.Server.Features.Identity;

/// <summary>
/// Authenticates a GraphQL WebSocket from <c>connection_init</c>'s <c>{ "Authorization": "Bearer …" }</c> (or the
/// upgrade request's Authorization header, for non-browser clients) with OpenIddict's own validation: the same
/// signature, lifetime, audience and token-entry checks as a bearer token on /graphql, so a revoked token is refused.
/// The token is checked once, at connection time; a connection outlives its token's expiry only until it closes.
/// </summary>
public sealed class BearerWebSocketAuthenticator(OpenIddictValidationService validation, ILogger<BearerWebSocketAuthenticator> logger) : IGraphQLWebSocketAuthenticator
{
    private const string Bearer = "Bearer ";

    public async ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext http, IReadOnlyDictionary<string, object?> payload, CancellationToken cancellationToken)
    {
        var header = payload.FirstOrDefault(p => p.Key.Equals(HeaderNames.Authorization, StringComparison.OrdinalIgnoreCase)).Value as string
            ?? http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) || header[Bearer.Length..].Trim() is not { Length: > 0 } token)
        {
            return null;
        }

        try
        {
            var principal = await validation.ValidateAccessTokenAsync(token, cancellationToken);
            return principal.Identity?.IsAuthenticated == true ? principal : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogInformation("GraphQL WebSocket refused: {Reason}", e.Message);
            return null;
        }
    }
}
