using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace ArvexLab.Graph.Server.Tests.Identity;

public sealed class CodeFlowTests(IdentityTestHost host) : IClassFixture<IdentityTestHost>
{
    private const string Reviewer = "reviewer@demo.arvexlab.test";
    private readonly OAuthTestClient oauth = new(host);

    [Fact]
    public async Task Code_flow_with_S256_yields_tokens_that_open_the_api()
    {
        var (code, verifier) = await oauth.ObtainCodeAsync(Reviewer, IdentityTestHost.DemoPassword);

        var tokens = await oauth.RedeemCodeAsync(code, verifier);

        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.True(tokens.Body.TryGetProperty("id_token", out _));
        Assert.Equal(HttpStatusCode.OK, await oauth.CallProtectedAsync(tokens.AccessToken));
    }

    [Fact]
    public async Task Refresh_token_rolls_and_the_used_one_is_refused()
    {
        var (code, verifier) = await oauth.ObtainCodeAsync(Reviewer, IdentityTestHost.DemoPassword);
        var tokens = await oauth.RedeemCodeAsync(code, verifier);

        var refreshed = await oauth.RefreshAsync(tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.NotEqual(tokens.RefreshToken, refreshed.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, await oauth.CallProtectedAsync(refreshed.AccessToken));

        var replayed = await oauth.RefreshAsync(tokens.RefreshToken);
        Assert.Equal("invalid_grant", replayed.Error);
        // A replay means the token leaked: the chain it belongs to is revoked, including the new token.
        Assert.Equal("invalid_grant", (await oauth.RefreshAsync(refreshed.RefreshToken)).Error);
    }

    [Fact]
    public async Task Authorize_without_code_challenge_is_invalid_request()
    {
        var (_, challenge) = OAuthTestClient.NewPkce();
        var url = OAuthTestClient.AuthorizeUrl(challenge, p => { p["code_challenge"] = null; p["code_challenge_method"] = null; });

        Assert.Equal("invalid_request", await AuthorizeErrorAsync(url));
    }

    [Fact]
    public async Task Authorize_with_plain_code_challenge_method_is_invalid_request()
    {
        var (verifier, _) = OAuthTestClient.NewPkce();
        var url = OAuthTestClient.AuthorizeUrl(verifier, p => p["code_challenge_method"] = "plain");

        Assert.Equal("invalid_request", await AuthorizeErrorAsync(url));
    }

    [Fact]
    public async Task Authorize_with_unregistered_redirect_uri_is_refused_without_redirecting()
    {
        var (_, challenge) = OAuthTestClient.NewPkce();
        var url = OAuthTestClient.AuthorizeUrl(challenge, p => p["redirect_uri"] = "http://localhost:5080/auth/callback/evil");

        using var response = await oauth.Browser.GetAsync(url);

        // The spec forbids redirecting to an unverified URI: the error is shown to the user instead.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_request", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Redeeming_with_a_wrong_verifier_is_invalid_grant()
    {
        var (code, _) = await oauth.ObtainCodeAsync(Reviewer, IdentityTestHost.DemoPassword);
        var (otherVerifier, _) = OAuthTestClient.NewPkce();

        var tokens = await oauth.RedeemCodeAsync(code, otherVerifier);

        Assert.Equal(HttpStatusCode.BadRequest, tokens.Status);
        Assert.Equal("invalid_grant", tokens.Error);
    }

    [Fact]
    public async Task Reusing_a_code_is_invalid_grant_and_revokes_the_tokens_it_issued()
    {
        var (code, verifier) = await oauth.ObtainCodeAsync(Reviewer, IdentityTestHost.DemoPassword);
        var first = await oauth.RedeemCodeAsync(code, verifier);
        Assert.Equal(HttpStatusCode.OK, await oauth.CallProtectedAsync(first.AccessToken));

        var second = await oauth.RedeemCodeAsync(code, verifier);

        Assert.Equal("invalid_grant", second.Error);
        Assert.Equal(HttpStatusCode.Unauthorized, await oauth.CallProtectedAsync(first.AccessToken));
        Assert.Equal("invalid_grant", (await oauth.RefreshAsync(first.RefreshToken)).Error);
    }

    // OpenIddict checks request parameters before it trusts the redirect URI, so such errors are shown
    // to the user rather than redirected (RFC 6749 §4.1.2.1 allows both); either way the code must match.
    private async Task<string?> AuthorizeErrorAsync(string authorizeUrl)
    {
        using var response = await oauth.Browser.GetAsync(authorizeUrl);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var location = response.Headers.Location!;
            Assert.StartsWith(OAuthTestClient.PortalRedirectUri, location.OriginalString);
            return QueryHelpers.ParseQuery(location.Query)["error"].ToString();
        }

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        return body.Split('\n').Select(l => l.Split(':', 2)).FirstOrDefault(l => l[0] == "error")?[1];
    }
}
