using System.Net.Http.Json;
using System.Text.Json;

namespace ArvexLab.Graph.Server.Tests.Infrastructure;

/// <summary>The OAuth client-credentials grant against <c>/connect/token</c>, as a partner system calls it.</summary>
public static class ClientCredentials
{
    /// <summary>Returns the access token; fails the test with the server's answer (and <paramref name="context"/>) otherwise.</summary>
    public static async Task<string> RequestTokenAsync(HttpClient http, string clientId, string secret, string scopes, string? context = null)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scopes,
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"token request failed: {body}{(context is null ? string.Empty : "\n" + context)}");
        return body.GetProperty("access_token").GetString()!;
    }
}
