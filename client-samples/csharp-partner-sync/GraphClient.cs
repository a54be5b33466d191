using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ArvexLab.PartnerSync;

/// <summary>A minimal GraphQL client: a client-credentials token, then POSTs of JSON operations.</summary>
public sealed class GraphClient(HttpClient http)
{
    public static async Task<GraphClient> ConnectAsync(Uri server, string clientId, string clientSecret, string scope)
    {
        var http = new HttpClient { BaseAddress = server };
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["scope"] = scope,
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        if (!response.IsSuccessStatusCode || body?["access_token"] is not { } token)
        {
            throw new InvalidOperationException($"Token request failed ({(int)response.StatusCode}): {body}");
        }

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetValue<string>());
        return new GraphClient(http);
    }

    /// <summary>Runs an operation and returns <c>data</c>; GraphQL errors become a <see cref="GraphException"/> with the first code.</summary>
    public async Task<JsonNode> RunAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>() ?? throw new InvalidOperationException("Empty response.");
        if (body["errors"] is JsonArray { Count: > 0 } errors)
        {
            throw new GraphException(errors[0]?["extensions"]?["code"]?.GetValue<string>() ?? "UNKNOWN", errors.ToJsonString());
        }

        return body["data"] ?? throw new InvalidOperationException($"No data: {body}");
    }
}

public sealed class GraphException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
