using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace ArvexLab.Graph.Server.Features.Identity;

/// <summary>
/// A token request for a scope the client was never granted is <c>invalid_scope</c> (RFC 6749 §5.2:
/// "exceeds the scope granted"). OpenIddict's own permission check answers <c>invalid_request</c>,
/// so this runs just before it, after the client has authenticated.
/// </summary>
public sealed class RejectUngrantedScopes(IOpenIddictApplicationManager applications) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseScopedHandler<RejectUngrantedScopes>()
            .SetOrder(OpenIddictServerHandlers.Exchange.ValidateScopePermissions.Descriptor.Order - 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (string.IsNullOrEmpty(context.ClientId) || !context.Request.IsClientCredentialsGrantType())
        {
            return;
        }

        var application = await applications.FindByClientIdAsync(context.ClientId, context.CancellationToken);
        if (application is null)
        {
            return;
        }

        foreach (var scope in context.Request.GetScopes())
        {
            if (!await applications.HasPermissionAsync(application, Permissions.Prefixes.Scope + scope, context.CancellationToken))
            {
                context.Reject(Errors.InvalidScope, $"The scope '{scope}' was not granted to this client.");
                return;
            }
        }
    }
}
