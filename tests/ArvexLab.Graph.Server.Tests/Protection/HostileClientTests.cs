using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Protection;

/// <summary>
/// The hostile clients against the real server in Production mode: each gets a clear,
/// typed refusal quickly, and the server answers a normal query right after.
/// </summary>
public sealed class HostileClientTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>, IDisposable
{
    private static readonly TimeSpan Fast = TimeSpan.FromSeconds(5);
    private readonly ProductionGraphApp app = new(database);
    private HttpClient? client;

    /// <summary>A partner client of an organization of its own, with a real token from the Production server.</summary>
    private async Task<HttpClient> Client()
        => client ??= (await app.CreateGraphClientAsync(await GraphApp.CreateOrganizationAsync(database, "Hostile"))).Http;

    public void Dispose() => app.Dispose();

    private static HttpRequestMessage Post(string body, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return request;
    }

    private static HttpRequestMessage Query(string query) => Post(new JsonObject { ["query"] = query }.ToJsonString());

    /// <summary>Sends, checks the answer came fast with the status and code expected, then that a normal query still works.</summary>
    private async Task<JsonNode> Refused(HttpRequestMessage request, HttpStatusCode status, string code)
    {
        var client = await Client();
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(clock.Elapsed < Fast, $"took {clock.Elapsed}");
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {text}");
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(text)!;
        var error = (body is JsonArray ? body[0]! : body)["errors"]![0]!;
        Assert.Equal(code, error["extensions"]!["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()));

        using var healthy = await client.SendAsync(Query("{ me { name } }"));
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        return body;
    }

    [Fact]
    public async Task Query_nested_10000_levels_is_refused_before_parsing()
        => await Refused(Query(string.Concat(Enumerable.Repeat("{ me ", 10_000)) + new string('}', 10_000)),
            HttpStatusCode.BadRequest, "DOCUMENT_TOO_LARGE");

    [Fact]
    public async Task Variables_of_1_MB_of_brackets_are_413()
        => await Refused(Post("{\"query\":\"{ me { name } }\",\"variables\":{\"x\":" + new string('[', 1 << 20) + "}}"),
            HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE");

    [Fact]
    public async Task Deeply_nested_variables_under_the_size_limit_are_400_INVALID_JSON()
        => await Refused(Post("{\"query\":\"{ me { name } }\",\"variables\":{\"x\":" + new string('[', 500_000) + "}}"),
            HttpStatusCode.BadRequest, "INVALID_JSON");

    [Fact]
    public async Task Three_nested_lists_of_first_100_are_refused_with_their_cost()
    {
        var body = await Refused(Query("{ vendors(first: 100) { nodes { documents(first: 100) { nodes { controls(first: 100) { nodes { id } } } } } } }"),
            HttpStatusCode.BadRequest, "COST_LIMIT_EXCEEDED");
        Assert.True(body["extensions"]!["cost"]!["requestedQueryCost"]!.GetValue<double>() > 1_000_000);
        Assert.Equal(10_000, body["extensions"]!["cost"]!["maximumAvailable"]!.GetValue<int>());
    }

    [Fact]
    public async Task First_99999999_is_refused_with_COST_LIMIT_EXCEEDED()
        => await Refused(Query("{ vendors(first: 99999999) { nodes { id } } }"), HttpStatusCode.BadRequest, "COST_LIMIT_EXCEEDED");

    [Fact]
    public async Task A_101st_alias_is_refused_with_TOO_MANY_ALIASES()
        => await Refused(Query("{ " + string.Join(" ", Enumerable.Range(0, 101).Select(i => $"a{i}: me {{ name }}")) + " }"),
            HttpStatusCode.BadRequest, "TOO_MANY_ALIASES");

    [Fact]
    public async Task Five_hundred_duplicated_fields_are_refused_with_TOO_MANY_TOKENS()
        => await Refused(Query("{ " + string.Concat(Enumerable.Repeat("me { name } ", 500)) + "}"), HttpStatusCode.BadRequest, "TOO_MANY_TOKENS");

    [Fact]
    public async Task Fifty_duplicated_directives_are_refused_with_TOO_MANY_DIRECTIVES()
        => await Refused(Query("{ me" + string.Concat(Enumerable.Repeat(" @include(if: true)", 50)) + " { name } }"),
            HttpStatusCode.BadRequest, "TOO_MANY_DIRECTIVES");

    [Fact]
    public async Task A_batch_of_50_operations_is_refused_with_BATCH_REJECTED()
        => await Refused(Post("[" + string.Join(",", Enumerable.Repeat("""{"query":"{ me { name } }"}""", 50)) + "]"),
            HttpStatusCode.BadRequest, "BATCH_REJECTED");

    [Fact]
    public async Task Mutation_over_get_is_405()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { createVendor(input: {name: \"x\"}) { errors { code } } }"));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        await Refused(request, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
    }

    [Fact]
    public async Task Get_without_the_preflight_header_is_400_PREFLIGHT_REQUIRED()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ me { name } }"));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        await Refused(request, HttpStatusCode.BadRequest, "PREFLIGHT_REQUIRED");
    }

    [Fact]
    public async Task Form_post_without_the_preflight_header_is_never_executed()
        => await Refused(Post("query=%7B+me+%7B+name+%7D+%7D", "application/x-www-form-urlencoded"),
            HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");

    [Fact]
    public async Task Introspection_in_Production_is_refused_without_leaking_types()
    {
        var body = await Refused(Query("{ __schema { types { name } } }"), HttpStatusCode.BadRequest, "NO_INTROSPECTION");
        Assert.Null(body["data"]);
        Assert.DoesNotContain("Vendor", body.ToJsonString());
    }

    [Fact]
    public async Task Misspelled_field_gets_no_suggestion_and_no_type_name()
    {
        var body = await Refused(Query("{ vendrs { totalCount } }"), HttpStatusCode.BadRequest, "FIELDS_ON_CORRECT_TYPE");
        var message = body["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Contains("vendrs", message);
        Assert.DoesNotContain("Did you mean", message);
        Assert.DoesNotContain("Query", message);
        Assert.DoesNotContain("vendors", message);
    }

    [Fact]
    public async Task A_typical_portal_query_reports_its_cost()
    {
        using var response = await (await Client()).SendAsync(Query("{ vendors(first: 20) { totalCount nodes { name documents(first: 5) { nodes { title } } } } }"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        // The connection (1) + 20 vendors + 20 document connections + 20 × 5 documents.
        Assert.Equal(141, body["extensions"]!["cost"]!["requestedQueryCost"]!.GetValue<double>());
    }
}
