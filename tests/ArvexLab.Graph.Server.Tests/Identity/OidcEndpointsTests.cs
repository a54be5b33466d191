using System.Net;
using System.Text.Json;

namespace ArvexLab.Graph.Server.Tests.Identity;

public sealed class OidcEndpointsTests(IdentityTestHost host) : IClassFixture<IdentityTestHost>
{
    [Fact]
    public async Task Discovery_document_is_open_and_offers_only_S256_for_PKCE()
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/.well-known/openid-configuration");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var methods = document.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(new List<string> { "S256" }, methods);
        var grants = document.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "authorization_code", "client_credentials", "refresh_token" }, grants);
        Assert.EndsWith("/connect/revoke", document.GetProperty("revocation_endpoint").GetString());
    }

    [Fact]
    public async Task Jwks_is_open_and_publishes_a_signing_key()
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/.well-known/jwks");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var keys = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("keys");
        Assert.Contains(keys.EnumerateArray(), k => k.GetProperty("use").GetString() == "sig");
    }

    [Fact]
    public async Task Health_endpoint_is_open_without_a_token()
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Login_page_is_open_and_is_an_html_form()
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("name=\"password\"", await response.Content.ReadAsStringAsync());
    }
}
