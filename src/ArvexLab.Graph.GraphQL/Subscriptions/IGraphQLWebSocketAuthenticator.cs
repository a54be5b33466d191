using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace ArvexLab.Graph.GraphQL.Subscriptions;

/// <summary>
/// Decides who a WebSocket connection acts for, from the <c>connection_init</c> payload (browsers cannot
/// set headers on a WebSocket upgrade). Without a registered authenticator every connection is
/// acknowledged anonymously and the schema's authorization rules decide what it may run.
/// </summary>
public interface IGraphQLWebSocketAuthenticator
{
    /// <summary>The caller, or null to refuse the connection (closed with 4403 Forbidden).</summary>
    /// <param name="http">The upgrade request.</param>
    /// <param name="payload">The <c>connection_init</c> payload; empty when the client sent none.</param>
    ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext http, IReadOnlyDictionary<string, object?> payload, CancellationToken cancellationToken);
}
