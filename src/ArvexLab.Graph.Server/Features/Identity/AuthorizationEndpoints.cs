using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ArvexLab.Graph.Server.Features.Identity;

/// <summary>
/// The parts of the OAuth endpoints OpenIddict leaves to the application: who the user is
/// (authorize), what goes into the tokens (token) and ending the session (logout). OpenIddict has
/// already validated each request (client, redirect URI, PKCE, scopes) before these run.
/// </summary>
public static class AuthorizationEndpoints
{
    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static IEndpointRouteBuilder MapAuthorizationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize);
        endpoints.MapPost("/connect/token", Exchange);
        endpoints.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], Logout);
        return endpoints;
    }

    private static async Task<IResult> Authorize(HttpContext http, UserManager<AppUser> users, IOpenIddictApplicationManager applications)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal!) : null;

        if (user is null || !user.IsActive || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Reject(Errors.LoginRequired, "The user is not signed in.");
            }

            // Back to this same request after the login page (the prompt is dropped so it does not loop).
            List<KeyValuePair<string, StringValues>> parameters = http.Request.HasFormContentType
                ? [.. http.Request.Form]
                : [.. http.Request.Query];
            parameters.RemoveAll(p => p.Key == Parameters.Prompt);
            var returnUrl = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }

        // Only first-party clients (implicit consent) use this flow; there is no consent screen.
        var application = await applications.FindByClientIdAsync(request.ClientId!, http.RequestAborted);
        if (application is null || !await applications.HasConsentTypeAsync(application, ConsentTypes.Implicit, http.RequestAborted))
        {
            return Reject(Errors.ConsentRequired, "This client requires a consent this server does not collect.");
        }

        return Results.SignIn(TokenPrincipals.ForUser(user, request.GetScopes()), authenticationScheme: Scheme);
    }

    private static async Task<IResult> Exchange(HttpContext http, UserManager<AppUser> users, IOpenIddictApplicationManager applications)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, http.RequestAborted);
            var organizationId = application is null ? null
                : await PartnerClientOrganization.ReadAsync(applications, application, http.RequestAborted);
            if (application is null || organizationId is null)
            {
                return Reject(Errors.UnauthorizedClient, "This client is not bound to an organization.");
            }

            // No scope asked for: the client gets every graph scope it was granted.
            var scopes = request.GetScopes();
            if (scopes.IsEmpty)
            {
                var permissions = await applications.GetPermissionsAsync(application, http.RequestAborted);
                scopes = [.. permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                    .Select(p => p[Permissions.Prefixes.Scope.Length..])];
            }

            var name = await applications.GetDisplayNameAsync(application, http.RequestAborted);
            return Results.SignIn(TokenPrincipals.ForPartner(request.ClientId!, name, organizationId.Value, scopes), authenticationScheme: Scheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var previous = (await http.AuthenticateAsync(Scheme)).Principal;
            var user = previous?.GetClaim(Claims.Subject) is { } id ? await users.FindByIdAsync(id) : null;
            if (previous is null || user is null || !user.IsActive || await users.IsLockedOutAsync(user))
            {
                return Reject(Errors.InvalidGrant, "The user can no longer sign in.");
            }

            // Rebuilt from the database, so a role change or deactivation applies at the next refresh.
            return Results.SignIn(TokenPrincipals.ForUser(user, previous.GetScopes()), authenticationScheme: Scheme);
        }

        return Reject(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    private static async Task<IResult> Logout(HttpContext http, SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        // OpenIddict redirects to the client's registered post_logout_redirect_uri when one was given.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/account/login" }, [Scheme]);
    }

    private static IResult Reject(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [Scheme]);

}
