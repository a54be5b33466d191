using System.Net;
using System.Text.Json;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Live;

/// <summary>The token endpoint's own limit, against the real server: failed attempts count, other endpoints are untouched.</summary>
public sealed class TokenRateLimitTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Token_requests_beyond_the_per_client_limit_get_429_with_Retry_After_while_other_clients_go_on()
    {
        await using var app = new GraphApp(database, Limits(perClient: 3, perAddress: 100));
        using var http = app.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await RequestTokenAsync(http, "guessed-client", "wrong-secret-" + i);
            answers.Add(response.StatusCode);
            if (i == 3)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
                var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                Assert.Equal("rate_limited", body.GetProperty("error").GetString());
            }
        }

        using var other = await RequestTokenAsync(http, "another-client", "wrong");
        Assert.All(answers.Take(3), status => Assert.NotEqual(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[3]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [Fact]
    public async Task Token_requests_beyond_the_per_address_limit_get_429_whatever_client_they_name()
    {
        await using var app = new GraphApp(database, Limits(perClient: 100, perAddress: 4));
        using var http = app.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await RequestTokenAsync(http, "client-" + i, "wrong");
            answers.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers.Take(4));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[4]);
    }

    [Fact]
    public async Task Basic_credentials_count_against_the_client_they_name()
    {
        await using var app = new GraphApp(database, Limits(perClient: 2, perAddress: 100));
        using var http = app.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("basic-client:wrong-" + i)));
            using var response = await http.SendAsync(request);
            answers.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[2]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers.Take(2));
    }

    [Fact]
    public async Task Other_endpoints_are_not_limited_by_it()
    {
        await using var app = new GraphApp(database, Limits(perClient: 1, perAddress: 1));
        using var http = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            using var response = await http.GetAsync("/.well-known/openid-configuration");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_disabled_limit_lets_every_request_through()
    {
        var settings = Limits(perClient: 1, perAddress: 1);
        settings["Identity:TokenRateLimit:Enabled"] = "false";
        await using var app = new GraphApp(database, settings);
        using var http = app.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var response = await RequestTokenAsync(http, "guessed-client", "wrong");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
        }
    }

    private static Dictionary<string, string?> Limits(int perClient, int perAddress) => new()
    {
        ["Identity:TokenRateLimit:PermitsPerClient"] = perClient.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Identity:TokenRateLimit:PermitsPerAddress"] = perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Identity:TokenRateLimit:WindowSeconds"] = "600",
    };

    private static Task<HttpResponseMessage> RequestTokenAsync(HttpClient http, string clientId, string secret) =>
        http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "graph:read",
        }));
}
