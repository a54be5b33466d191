using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace ArvexLab.Graph.Server.Tests.Identity;

/// <summary>Speaks OAuth to the test server the way the portal and a partner would: real HTTP, real tokens.</summary>
public sealed partial class OAuthTestClient(WebApplicationFactory<Program> host)
{
    public const string PortalClientId = "arvexlab-portal";
    public const string PortalRedirectUri = "http://localhost:5080/auth/callback";

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests read them).</summary>
    public HttpClient Browser { get; } = host.CreateClient(new WebApplicationFactoryClientOptions
    {
        // The token's issuer is the address the browser used: the same one the API clients call.
        BaseAddress = host.ClientOptions.BaseAddress,
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    public sealed record TokenResponse(HttpStatusCode Status, JsonElement Body)
    {
        public string? Error => Body.TryGetProperty("error", out var e) ? e.GetString() : null;
        public string AccessToken => Body.GetProperty("access_token").GetString()!;
        public string RefreshToken => Body.GetProperty("refresh_token").GetString()!;
    }

    public static (string Verifier, string Challenge) NewPkce()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    public Task<TokenResponse> ClientCredentialsAsync(string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        return PostTokenAsync(form);
    }

    public Task<TokenResponse> RedeemCodeAsync(string code, string verifier, string redirectUri = PortalRedirectUri) =>
        PostTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = PortalClientId,
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
            ["code_verifier"] = verifier,
        });

    public Task<TokenResponse> RefreshAsync(string refreshToken) =>
        PostTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = PortalClientId,
            ["refresh_token"] = refreshToken,
        });

    public async Task<TokenResponse> PostTokenAsync(Dictionary<string, string> form)
    {
        using var response = await Browser.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        return new TokenResponse(response.StatusCode, await ReadJsonAsync(response));
    }

    /// <summary>The authorize URL of the portal's code flow; <paramref name="tweak"/> edits the parameters.</summary>
    public static string AuthorizeUrl(string challenge, Action<Dictionary<string, string?>>? tweak = null)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = PortalClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = PortalRedirectUri,
            ["scope"] = "openid profile offline_access",
            ["state"] = "state-123",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        };
        tweak?.Invoke(parameters);
        return QueryHelpers.AddQueryString("/connect/authorize", parameters.Where(p => p.Value is not null));
    }

    /// <summary>Signs in on the login page with the cookie the authorize endpoint's challenge asks for.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password, string returnUrl = "/")
    {
        var page = await Browser.GetStringAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        return await Browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["returnUrl"] = returnUrl,
            ["email"] = email,
            ["password"] = password,
        }));
    }

    /// <summary>Runs the browser part of the code flow and returns where the server redirected the browser.</summary>
    public async Task<Uri> AuthorizeAsync(string email, string password, string authorizeUrl)
    {
        using var first = await Browser.GetAsync(authorizeUrl);
        if (first.StatusCode == HttpStatusCode.Redirect && first.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal))
        {
            var returnUrl = QueryHelpers.ParseQuery(first.Headers.Location.Query)["ReturnUrl"].ToString();
            using var login = await SignInAsync(email, password, returnUrl);
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            using var second = await Browser.GetAsync(login.Headers.Location!.OriginalString);
            return Location(second);
        }

        return Location(first);
    }

    /// <summary>A fresh browser session through the whole code flow: the user's access token.</summary>
    public async Task<string> UserAccessTokenAsync(string email, string password)
    {
        var (code, verifier) = await new OAuthTestClient(host).ObtainCodeAsync(email, password);
        var tokens = await RedeemCodeAsync(code, verifier);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        return tokens.AccessToken;
    }

    public async Task<(string Code, string Verifier)> ObtainCodeAsync(string email, string password)
    {
        var (verifier, challenge) = NewPkce();
        var callback = await AuthorizeAsync(email, password, AuthorizeUrl(challenge));
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.True(query.ContainsKey("code"), $"No code in {callback}");
        Assert.Equal("state-123", query["state"].ToString());
        return (query["code"].ToString(), verifier);
    }

    public async Task<HttpStatusCode> CallProtectedAsync(string? accessToken, string path = IdentityTestHost.ProtectedPath, HttpMethod? method = null)
    {
        if (path == IdentityTestHost.GraphQLPath)
        {
            return (await GraphQLAsync(accessToken, "{ me { name } }")).Status;
        }

        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        using var response = await SendAsync(request, accessToken);
        return response.StatusCode;
    }

    /// <summary>POSTs a GraphQL request to /graphql; the body is null when the response is not JSON.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> GraphQLAsync(string? accessToken, string query,
        object? variables = null, string path = IdentityTestHost.GraphQLPath)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        using var response = await SendAsync(request, accessToken);
        var isJson = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true;
        return (response.StatusCode, isJson ? await ReadJsonAsync(response) : default);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? accessToken)
    {
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        using var client = host.CreateClient();
        return await client.SendAsync(request);
    }

    private static Uri Location(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}");
        return response.Headers.Location!;
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
