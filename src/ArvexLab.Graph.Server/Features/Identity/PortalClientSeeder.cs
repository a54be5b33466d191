using ArvexLab.Graph.Server.Data;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ArvexLab.Graph.Server.Features.Identity;

/// <summary>
/// Registers the admin portal as a public OAuth client (code + PKCE, refresh tokens) with the exact
/// redirect URIs from <c>Portal:RedirectUris</c>. Runs on every start in every environment — the
/// portal needs its client in Production too — and brings the URIs in line with configuration.
/// </summary>
public sealed class PortalClientSeeder(IConfiguration configuration, IOpenIddictApplicationManager applications) : IDataSeeder
{
    public const string ClientId = "arvexlab-portal";

    private static readonly string[] DefaultRedirectUris =
        ["http://localhost:5080/auth/callback", "http://127.0.0.1:5080/auth/callback"];

    private static readonly string[] DefaultPostLogoutRedirectUris = ["http://localhost:5080/", "http://127.0.0.1:5080/"];

    public int Order => 290;

    public async Task SeedAsync(GraphDbContext db, CancellationToken cancellationToken)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "ArvexLab admin portal",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token,
                Permissions.Endpoints.Revocation, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Email,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in Uris("Portal:RedirectUris", DefaultRedirectUris))
        {
            descriptor.RedirectUris.Add(uri);
        }

        foreach (var uri in Uris("Portal:PostLogoutRedirectUris", DefaultPostLogoutRedirectUris))
        {
            descriptor.PostLogoutRedirectUris.Add(uri);
        }

        var existing = await applications.FindByClientIdAsync(ClientId, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }

    private IEnumerable<Uri> Uris(string key, string[] defaults)
    {
        var configured = configuration.GetSection(key).Get<string[]>();
        return (configured is { Length: > 0 } ? configured : defaults).Select(u => new Uri(u, UriKind.Absolute));
    }
}
