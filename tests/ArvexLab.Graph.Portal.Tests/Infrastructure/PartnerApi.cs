using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ArvexLab.Graph.Portal.Tests.Infrastructure;

/// <summary>Test set-up through the public API as the demo partner client (graph:read graph:write), never through the database.</summary>
public static class PartnerApi
{
    public static async Task<JsonElement> GraphAsync(PortalServer server, string query, object variables)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var token = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "demo-partner",
            ["client_secret"] = PortalServer.Password,
            ["scope"] = "graph:read graph:write",
        }));
        var tokenBody = await token.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(token.IsSuccessStatusCode, $"token request failed: {tokenBody}");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokenBody.GetProperty("access_token").GetString());
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode && !body.TryGetProperty("errors", out _), $"GraphQL request failed: {body}");
        return body.GetProperty("data");
    }

    /// <summary>A new vendor of the demo organization, so a test's posture and documents are its own.</summary>
    public static async Task<(string Id, string Name)> CreateVendorAsync(PortalServer server, string prefix, params string[] services)
    {
        var name = $"{prefix} {Guid.NewGuid().ToString("N")[..6]}";
        var data = await GraphAsync(server,
            "mutation($input: CreateVendorInput!) { createVendor(input: $input) { vendor { id } errors { code message } } }",
            new { input = new { name, criticality = "HIGH", services } });
        return (data.GetProperty("createVendor").GetProperty("vendor").GetProperty("id").GetString()!, name);
    }
}
