using System.Security.Cryptography;
using ArvexLab.Graph.Server.Data;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ArvexLab.Graph.Server.Features.Identity.Management;

/// <summary>A partner client as the graph shows it: never its secret, which is only hashed in storage.</summary>
public sealed record PartnerClient(string ClientId, string Name, IReadOnlyList<string> Scopes);

/// <summary>
/// The current organization's partner clients, kept as OpenIddict applications bound to it. Another
/// organization's client is indistinguishable from a missing one.
/// </summary>
public sealed class PartnerClientDirectory(IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens, ITenantContext tenant)
{
    public async Task<List<PartnerClient>> ListAsync(CancellationToken ct)
    {
        var clients = new List<PartnerClient>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, ct))
        {
            if (await IsOwnAsync(application, ct))
            {
                clients.Add(await DescribeAsync(application, ct));
            }
        }

        return [.. clients.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<object?> FindAsync(string clientId, CancellationToken ct)
    {
        var application = await applications.FindByClientIdAsync(clientId, ct);
        return application is not null && await IsOwnAsync(application, ct) ? application : null;
    }

    /// <summary>Creates the client and returns it with its secret — the only time the secret exists in clear.</summary>
    public async Task<(PartnerClient Client, string Secret)> CreateAsync(string name, IReadOnlyCollection<string> scopes, CancellationToken ct)
    {
        var secret = NewSecret();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = "partner-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = name,
            Permissions = { Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        PartnerClientOrganization.Bind(descriptor, Organization);
        var application = await applications.CreateAsync(descriptor, ct);
        return (await DescribeAsync(application, ct), secret);
    }

    /// <summary>New secret; the tokens issued under the old one stop working at once.</summary>
    public async Task<string> RotateSecretAsync(object application, CancellationToken ct)
    {
        var secret = NewSecret();
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, ct);
        descriptor.ClientSecret = secret;
        await applications.UpdateAsync(application, descriptor, ct);
        await RevokeTokensAsync(application, ct);
        return secret;
    }

    /// <summary>Removes the client; its tokens go with it, so they stop working at once.</summary>
    public async Task DeleteAsync(object application, CancellationToken ct)
    {
        await RevokeTokensAsync(application, ct);
        await applications.DeleteAsync(application, ct);
    }

    public async Task<PartnerClient> DescribeAsync(object application, CancellationToken ct)
    {
        var permissions = await applications.GetPermissionsAsync(application, ct);
        var scopes = permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..]).Order(StringComparer.Ordinal).ToList();
        var clientId = await applications.GetClientIdAsync(application, ct) ?? "";
        return new PartnerClient(clientId, await applications.GetDisplayNameAsync(application, ct) ?? clientId, scopes);
    }

    private long Organization => tenant.OrganizationId
        ?? throw new InvalidOperationException("Partner clients are managed inside an organization.");

    private async Task<bool> IsOwnAsync(object application, CancellationToken ct) =>
        await PartnerClientOrganization.ReadAsync(applications, application, ct) is { } id && id == Organization;

    private async Task RevokeTokensAsync(object application, CancellationToken ct)
    {
        if (await applications.GetIdAsync(application, ct) is { } id)
        {
            await tokens.RevokeByApplicationIdAsync(id, ct);
        }
    }

    // 32 random bytes, URL-safe: long enough that hashing without a slow KDF would still be safe.
    private static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
