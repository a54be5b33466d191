using System.Net;
using System.Text.Json.Nodes;

namespace ArvexLab.Graph.GraphQL.Tests.Protection;

public sealed class RateLimitAndCorsTests
{
    [Fact]
    public async Task Spending_more_cost_points_than_the_minute_allows_is_429_RATE_LIMITED_with_Retry_After()
    {
        await using var server = await ProtectionServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:Protection:CostPointsPerMinute"] = "12",
        });
        const string query = "{ items(first: 3) { name children(first: 2) { name } } }"; // costs 9: one fits in 12 points, two do not

        var (first, _) = await server.QueryAsync(query);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var (second, body) = await server.QueryAsync(query);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("RATE_LIMITED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(int.Parse(second.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task A_listed_origin_passes_the_cors_preflight()
    {
        await using var server = await ProtectionServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:Http:AllowedOrigins:0"] = "https://portal.example",
        });
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", "https://portal.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,graphql-require-preflight");
        var response = await server.Http.SendAsync(request);
        Assert.Equal("https://portal.example", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Introspection_and_suggestions_are_on_in_Development()
    {
        await using var server = await ProtectionServer.StartAsync(environment: "Development");
        var (_, schema) = await server.QueryAsync("{ __schema { queryType { name } } }");
        Assert.Equal("Query", schema["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
        var (_, typo) = await server.QueryAsync("{ helo }");
        Assert.Contains("Did you mean", typo["errors"]![0]!["message"]!.GetValue<string>());
        Assert.IsType<JsonObject>(typo);
    }
}
