using System.Net;
using System.Text.Json;

namespace ArvexLab.Graph.Server.Tests.Identity;

/// <summary>Calls the identity management fields as a given caller and unwraps payloads.</summary>
public sealed class ManagementTestClient(OAuthTestClient oauth, string accessToken)
{
    public async Task<JsonElement> RunAsync(string query, object? variables = null)
    {
        var (status, body) = await oauth.GraphQLAsync(accessToken, query, variables);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"HTTP {(int)status}");
        return body;
    }

    /// <summary>Runs a mutation and returns its payload, failing on any GraphQL error.</summary>
    public async Task<JsonElement> PayloadAsync(string field, string inputType, object input, string selection)
    {
        var body = await RunAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} errors {{ code message }} }} }}", new { input });
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data").GetProperty(field);
    }

    public static List<string?> ErrorCodes(JsonElement body) =>
        body.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString())]
            : [];

    public static List<string?> PayloadErrorCodes(JsonElement payload) =>
        [.. payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString())];
}
