using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArvexLab.Graph.Server.Tests.Infrastructure;

/// <summary>Posts GraphQL operations to /graphql and hands back the parsed response.</summary>
public sealed class GraphClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<GraphResponse> PostAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return new GraphResponse((int)response.StatusCode, JsonNode.Parse(body)!.AsObject());
    }

    /// <summary>Posts and fails the test when the response has errors.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Errors?.ToJsonString()}");
        return response.Data!;
    }
}

public sealed record GraphResponse(int StatusCode, JsonObject Body)
{
    public JsonNode? Data => Body["data"];
    public JsonArray? Errors => Body["errors"]?.AsArray();
    public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();
    public override string ToString() => Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
