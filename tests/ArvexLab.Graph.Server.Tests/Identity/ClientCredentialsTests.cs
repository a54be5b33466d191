using System.Net;
using System.Text.Json;

namespace ArvexLab.Graph.Server.Tests.Identity;

public sealed class ClientCredentialsTests(IdentityTestHost host) : IClassFixture<IdentityTestHost>
{
    private const string Partner = "demo-partner";
    private readonly OAuthTestClient oauth = new(host);

    [Fact]
    public async Task Partner_gets_a_token_bound_to_its_organization_with_the_scope_it_asked_for()
    {
        var tokens = await oauth.ClientCredentialsAsync(Partner, IdentityTestHost.DemoPassword, "graph:read");

        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        var claims = JwtPayload(tokens.AccessToken);
        Assert.Equal(Partner, claims.GetProperty("sub").GetString());
        Assert.Equal("graph:read", claims.GetProperty("scope").GetString());
        Assert.True(long.Parse(claims.GetProperty("org").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.OK, await oauth.CallProtectedAsync(tokens.AccessToken));
    }

    [Fact]
    public async Task Bad_secret_is_invalid_client()
    {
        var tokens = await oauth.ClientCredentialsAsync(Partner, "not-the-secret", "graph:read");

        Assert.Equal("invalid_client", tokens.Error);
    }

    [Fact]
    public async Task Ungranted_scope_is_invalid_scope()
    {
        var tokens = await oauth.ClientCredentialsAsync(Partner, IdentityTestHost.DemoPassword, "graph:read profile");

        Assert.Equal(HttpStatusCode.BadRequest, tokens.Status);
        Assert.Equal("invalid_scope", tokens.Error);
    }

    [Fact]
    public async Task Bad_secret_with_an_ungranted_scope_is_still_invalid_client()
    {
        var tokens = await oauth.ClientCredentialsAsync(Partner, "not-the-secret", "profile");

        Assert.Equal("invalid_client", tokens.Error);
    }

    [Fact]
    public async Task Read_scope_does_not_satisfy_a_write_policy_but_write_scope_does()
    {
        var reader = await oauth.ClientCredentialsAsync(Partner, IdentityTestHost.DemoPassword, "graph:read");
        var writer = await oauth.ClientCredentialsAsync(Partner, IdentityTestHost.DemoPassword, "graph:write");

        Assert.Equal(HttpStatusCode.Forbidden, await oauth.CallProtectedAsync(reader.AccessToken, IdentityTestHost.WritePath, HttpMethod.Post));
        Assert.Equal(HttpStatusCode.OK, await oauth.CallProtectedAsync(writer.AccessToken, IdentityTestHost.WritePath, HttpMethod.Post));
    }

    [Fact]
    public async Task Public_portal_client_cannot_use_client_credentials()
    {
        var tokens = await oauth.ClientCredentialsAsync("arvexlab-portal", "anything", "graph:read");

        Assert.NotNull(tokens.Error);
        Assert.NotEqual(HttpStatusCode.OK, tokens.Status);
    }

    internal static JsonElement JwtPayload(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Convert.FromBase64String(payload)).RootElement.Clone();
    }
}
