using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace ArvexLab.Graph.GraphQL.Tests.Protection;

/// <summary>Protection through the real HTTP endpoint in Production mode: status code, media type, error shape.</summary>
public sealed class ProtectionEndpointTests : IAsyncLifetime
{
    private ProtectionServer server = null!;

    public async Task InitializeAsync() => server = await ProtectionServer.StartAsync(new Dictionary<string, string?>
    {
        ["GraphQL:Protection:ExecutionTimeout"] = "00:00:02",
    });

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static string Code(JsonNode body, int index = 0)
        => body["errors"]?[index]?["extensions"]?["code"]?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException("No error code in " + body.ToJsonString());

    private async Task ServerStillAnswers()
    {
        var (response, body) = await server.QueryAsync("{ hello }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("world", body["data"]!["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unhandled_exception_is_masked_as_INTERNAL_SERVER_ERROR_with_a_trace_id_and_no_sql()
    {
        var (response, body) = await server.QueryAsync("{ boom }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = body["errors"]![0]!;
        Assert.Equal("INTERNAL_SERVER_ERROR", Code(body));
        Assert.False(string.IsNullOrEmpty(error["extensions"]!["traceId"]!.GetValue<string>()));
        var text = body.ToJsonString();
        Assert.DoesNotContain("SELECT", text);
        Assert.DoesNotContain("InvalidOperationException", text);
        Assert.DoesNotContain(" at ", text);
    }

    [Fact]
    public async Task Execution_over_the_timeout_is_cancelled_and_answered_fast()
    {
        var clock = Stopwatch.StartNew();
        var (response, body) = await server.QueryAsync("{ slow }", "application/json");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("TIMEOUT", Code(body));
        Assert.Equal(1, Volatile.Read(ref server.Query.SlowCancelled));
        await ServerStillAnswers();
    }

    [Fact]
    public async Task Computed_cost_is_reported_in_extensions_cost()
    {
        var (response, body) = await server.QueryAsync("{ items(first: 3) { name children(first: 2) { name } } }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cost = body["extensions"]!["cost"]!;
        Assert.Equal(10_000, cost["maximumAvailable"]!.GetValue<int>());
        // A list costs the items it may return (objects 1, scalars 0): 3 items + 3 × 2 children = 9.
        Assert.Equal(9, cost["requestedQueryCost"]!.GetValue<double>());
    }

    [Fact]
    public async Task Three_nested_lists_of_first_100_are_refused_before_execution_with_COST_LIMIT_EXCEEDED()
    {
        var before = Volatile.Read(ref server.Query.Resolved);
        var (response, body) = await server.QueryAsync(
            "{ hello items(first: 100) { children(first: 100) { children(first: 100) { name } } } }");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("COST_LIMIT_EXCEEDED", Code(body));
        Assert.True(body["data"] is null, body.ToJsonString());
        Assert.True(body["extensions"]!["cost"]!["requestedQueryCost"]!.GetValue<double>() > 1_000_000);
        Assert.Equal(before, Volatile.Read(ref server.Query.Resolved));
    }

    [Fact]
    public async Task First_99999999_is_refused_with_COST_LIMIT_EXCEEDED()
    {
        var (response, body) = await server.QueryAsync("{ items(first: 99999999) { name } }", "application/json");
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        Assert.Equal("COST_LIMIT_EXCEEDED", Code(body));
    }

    [Fact]
    public async Task A_batch_shares_one_cost_budget()
    {
        // 60 + 60 × 60 = 3,660 per operation: two fit in 10,000, the third does not.
        const string op = """{"query":"{ items(first: 60) { children(first: 60) { name } } }"}""";
        var (response, body) = await server.PostAsync($"[{op},{op},{op}]", "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = body.AsArray();
        Assert.True(results[0]!["errors"] is null, body.ToJsonString());
        Assert.Null(results[1]!["errors"]);
        Assert.Equal("COST_LIMIT_EXCEEDED", Code(results[2]!));
    }

    [Fact]
    public async Task Introspection_is_refused_in_Production()
    {
        var (response, body) = await server.QueryAsync("{ __schema { types { name } } }");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(body["data"]);
        Assert.DoesNotContain("\"Item\"", body.ToJsonString());
    }

    [Fact]
    public async Task Misspelled_field_gets_no_suggestion_and_no_type_name()
    {
        var (response, body) = await server.QueryAsync("{ helo }");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = body["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Contains("helo", message);
        Assert.DoesNotContain("Did you mean", message);
        Assert.DoesNotContain("hello", message);
        Assert.DoesNotContain("Query", message);
    }

    [Fact]
    public async Task Get_without_the_preflight_header_is_400_PREFLIGHT_REQUIRED_and_with_it_runs()
    {
        var refused = await server.Http.GetAsync("/graphql?query=%7Bhello%7D");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("PREFLIGHT_REQUIRED", Code(JsonNode.Parse(await refused.Content.ReadAsStringAsync())!));

        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Bhello%7D");
        request.Headers.Add("GraphQL-Require-Preflight", "1");
        Assert.Equal(HttpStatusCode.OK, (await server.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Form_post_is_never_executed()
    {
        var before = Volatile.Read(ref server.Query.Resolved);
        var response = await server.Http.PostAsync("/graphql", new FormUrlEncodedContent([new("query", "{ hello }")]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(before, Volatile.Read(ref server.Query.Resolved));
    }

    [Fact]
    public async Task Multipart_post_without_the_preflight_header_is_400_PREFLIGHT_REQUIRED()
    {
        using var form = new MultipartFormDataContent { { new StringContent("""{"query":"{ hello }"}"""), "operations" }, { new StringContent("{}"), "map" } };
        var response = await server.Http.PostAsync("/graphql", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PREFLIGHT_REQUIRED", Code(JsonNode.Parse(await response.Content.ReadAsStringAsync())!));
    }

    [Fact]
    public async Task Cross_origin_preflight_from_an_unlisted_origin_gets_no_allow_origin()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        var response = await server.Http.SendAsync(request);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
