using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Tenancy;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Admin;

/// <summary>
/// A new user of an organization, signed in through the portal's real code flow (login page, PKCE, token endpoint),
/// so catalog permissions are tested on the same role and platform-admin claims the portal's tokens carry.
/// </summary>
internal static partial class UserSignIn
{
    private const string Password = "Catalog-Test-Password-7";
    private const string RedirectUri = "http://localhost:5080/auth/callback";

    public static async Task<GraphClient> AsNewUserAsync(GraphApp app, long organizationId, OrganizationRole role, bool platformAdmin = false)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..10]}@catalog.test";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantScope>().UseSystem();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var created = await users.CreateAsync(new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                OrganizationId = organizationId,
                Role = role,
                IsPlatformAdmin = platformAdmin,
                CreatedAt = DateTimeOffset.UtcNow,
            }, Password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var browser = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "arvexlab-portal",
            ["response_type"] = "code",
            ["redirect_uri"] = RedirectUri,
            ["scope"] = "openid profile offline_access",
            ["state"] = "catalog",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        });

        using var toLogin = await browser.GetAsync(authorize);
        var returnUrl = QueryHelpers.ParseQuery(toLogin.Headers.Location!.Query)["ReturnUrl"].ToString();
        var page = await browser.GetStringAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        using var login = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value),
            ["returnUrl"] = returnUrl,
            ["email"] = email,
            ["password"] = Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var callback = await browser.GetAsync(login.Headers.Location!.OriginalString);
        var code = QueryHelpers.ParseQuery(callback.Headers.Location!.Query)["code"].ToString();
        using var token = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "arvexlab-portal",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier,
        }));
        var body = await token.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(token.IsSuccessStatusCode, body.ToString());

        var http = app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        return new GraphClient(http);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
