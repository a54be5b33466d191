using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Graph;

/// <summary>GraphQL over HTTP: methods, media types and status codes as the specification says.</summary>
public sealed class TransportTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>, IAsyncLifetime
{
    private readonly GraphApp app = new(database, new Dictionary<string, string?> { ["GraphQL:Http:MaxRequestBytes"] = "20000" });
    private HttpClient client = null!;

    public async Task InitializeAsync()
        => client = (await app.CreateGraphClientAsync(await GraphApp.CreateOrganizationAsync(database, "Transport"))).Http;

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static HttpRequestMessage Post(string body, string contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return request;
    }

    [Fact]
    public async Task Get_runs_a_query_and_answers_in_the_graphql_response_media_type()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ me { name } }"));
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");
        request.Headers.Add("GraphQL-Require-Preflight", "1");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["me"]);
    }

    [Fact]
    public async Task Mutation_over_get_is_405_with_an_allow_header()
    {
        var query = Uri.EscapeDataString("mutation { createVendor(input: {name: \"x\"}) { errors { code } } }");
        var response = await client.GetAsync("/graphql?query=" + query);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Unsupported_content_type_is_415()
    {
        var response = await client.SendAsync(Post("{ me { name } }", "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Nothing_acceptable_is_406()
    {
        var response = await client.SendAsync(Post("""{"query":"{ me { name } }"}""", accept: "text/html"));
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"query": 42}""")]
    [InlineData("""{"variables": {}}""")]
    public async Task Malformed_requests_are_400(string body)
    {
        var response = await client.SendAsync(Post(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Unparseable_document_is_400_with_SYNTAX_ERROR()
    {
        var response = await client.SendAsync(Post("""{"query":"{ vendors { "}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SYNTAX_ERROR", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Validation_errors_use_the_status_code_of_the_negotiated_media_type(string accept, HttpStatusCode expected)
    {
        var response = await client.SendAsync(Post("""{"query":"{ noSuchField }"}""", accept: accept));
        Assert.Equal(expected, response.StatusCode);
        Assert.Null(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]);
    }

    [Fact]
    public async Task A_batch_returns_one_result_per_operation_and_oversized_batches_are_400()
    {

        var ok = await client.SendAsync(Post("""[{"query":"{ me { name } }"},{"query":"{ vendors(first: 1) { totalCount } }"}]"""));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(2, JsonNode.Parse(await ok.Content.ReadAsStringAsync())!.AsArray().Count);

        var tooMany = "[" + string.Join(",", Enumerable.Repeat("""{"query":"{ me { name } }"}""", 11)) + "]";
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(Post(tooMany))).StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var body = "{\"query\":\"{ me { name } }\",\"variables\":{\"x\":\"" + new string('a', 30_000) + "\"}}";
        var response = await client.SendAsync(Post(body));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
