using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ArvexLab.Graph.Server.Tests.Identity;

/// <summary>Every way a bearer token can be wrong ends in 401, on /graphql and on a plain protected endpoint.</summary>
public sealed class BearerTokenTests(IdentityTestHost host) : IClassFixture<IdentityTestHost>
{
    private const string Partner = "demo-partner";
    private readonly OAuthTestClient oauth = new(host);

    public static TheoryData<string> ProtectedPaths => new() { IdentityTestHost.GraphQLPath, IdentityTestHost.ProtectedPath };

    [Theory]
    [MemberData(nameof(ProtectedPaths))]
    public async Task No_token_is_401(string path)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await oauth.CallProtectedAsync(accessToken: null, path));
    }

    [Theory]
    [MemberData(nameof(ProtectedPaths))]
    public async Task Garbage_token_is_401(string path)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await oauth.CallProtectedAsync("not-a-token", path));
    }

    [Theory]
    [MemberData(nameof(ProtectedPaths))]
    public async Task Expired_token_is_401(string path)
    {
        var token = await PartnerTokenAsync();
        Assert.Equal(HttpStatusCode.OK, await oauth.CallProtectedAsync(token, path));

        host.ValidationClock.Offset = TimeSpan.FromHours(2);
        try
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await oauth.CallProtectedAsync(token, path));
        }
        finally
        {
            host.ValidationClock.Offset = TimeSpan.Zero;
        }
    }

    [Theory]
    [MemberData(nameof(ProtectedPaths))]
    public async Task Token_signed_by_another_key_is_401(string path)
    {
        var token = await PartnerTokenAsync();
        var parts = token.Split('.');
        using var foreignKey = RSA.Create(2048);
        var signingInput = parts[0] + "." + parts[1];
        var signature = foreignKey.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        var forged = signingInput + "." + OAuthTestClient.Base64Url(signature);

        Assert.Equal(HttpStatusCode.Unauthorized, await oauth.CallProtectedAsync(forged, path));
    }

    [Theory]
    [MemberData(nameof(ProtectedPaths))]
    public async Task Tampered_token_is_401(string path)
    {
        var token = await PartnerTokenAsync();
        var parts = token.Split('.');
        var payload = JsonNode.Parse(ClientCredentialsTests.JwtPayload(token).GetRawText())!;
        payload["org"] = "999999";

        var tampered = parts[0] + "." + OAuthTestClient.Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + parts[2];

        Assert.Equal(HttpStatusCode.Unauthorized, await oauth.CallProtectedAsync(tampered, path));
    }

    [Theory]
    [MemberData(nameof(ProtectedPaths))]
    public async Task Revoked_token_is_401_at_once(string path)
    {
        var token = await PartnerTokenAsync();
        Assert.Equal(HttpStatusCode.OK, await oauth.CallProtectedAsync(token, path));

        using var revoke = await oauth.Browser.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["token_type_hint"] = "access_token",
            ["client_id"] = Partner,
            ["client_secret"] = IdentityTestHost.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await oauth.CallProtectedAsync(token, path));
    }

    private async Task<string> PartnerTokenAsync()
    {
        var tokens = await oauth.ClientCredentialsAsync(Partner, IdentityTestHost.DemoPassword, "graph:read");
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        return tokens.AccessToken;
    }
}
