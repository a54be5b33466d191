using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArvexLab.Graph.Bench.Hosting;

namespace ArvexLab.Graph.Bench.Load;

/// <summary>An HTTP client of the server under test holding a partner's client-credentials access token.</summary>
public sealed class BenchClient : IDisposable
{
    private readonly HttpClient http;

    private BenchClient(HttpClient http) => this.http = http;

    public HttpClient Http => http;

    public static async Task<BenchClient> SignInAsync(ServerReady server)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10), UseCookies = false };
        var http = new HttpClient(handler) { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromMinutes(3) }; // a loaded machine's first request (JIT, token) has taken over a minute
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = server.ClientId,
            ["client_secret"] = server.ClientSecret,
            ["scope"] = "graph:read graph:write",
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException("Token request failed: " + body);
        }

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        return new BenchClient(http);
    }

    public static HttpRequestMessage GraphRequest(string query, object? variables) => new(HttpMethod.Post, "/graphql")
    {
        Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
    };

    /// <summary>Posts an operation and returns its <c>data</c>, failing on any error.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        using var response = await http.SendAsync(GraphRequest(query, variables));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (body["errors"] is { } errors)
        {
            throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString()}");
        }

        return body["data"]!;
    }

    public async Task<ServerSnapshot> StatsAsync() => (await http.GetFromJsonAsync<ServerSnapshot>("/bench/stats"))!;

    public void Dispose() => http.Dispose();
}
