using System.Net;
using System.Text.Json.Nodes;
using ArvexLab.Graph.GraphQL.Tests.Protection;

namespace ArvexLab.Graph.GraphQL.Tests.Persisted;

/// <summary>Registered documents through the real endpoint, from a manifest file as the codegen client preset writes it.</summary>
public sealed class PersistedDocumentTests : IAsyncLifetime, IDisposable
{
    private readonly string manifest = Path.Combine(Path.GetTempPath(), "persisted-" + Guid.NewGuid().ToString("N") + ".json");

    public Task InitializeAsync() => File.WriteAllTextAsync(manifest, """{ "sha256:abc123": "{ hello }" }""");

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => File.Delete(manifest);

    private Task<ProtectionServer> Start(string? requireFor = null) => ProtectionServer.StartAsync(new Dictionary<string, string?>
    {
        ["GraphQL:PersistedDocuments:ManifestPath"] = manifest,
        ["GraphQL:PersistedDocuments:RequireForClients:0"] = requireFor,
    });

    private static string? Code(JsonNode body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    [Fact]
    public async Task A_registered_documentId_runs_by_POST_and_GET_with_or_without_the_hash_prefix()
    {
        await using var server = await Start();
        var (post, body) = await server.PostAsync("""{"documentId":"sha256:abc123"}""");
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal("world", body["data"]!["hello"]!.GetValue<string>());

        var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?documentId=abc123");
        get.Headers.Add("GraphQL-Require-Preflight", "1");
        var response = await server.Http.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("world", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_documentId_is_400_PERSISTED_DOCUMENT_NOT_FOUND()
    {
        await using var server = await Start();
        var (response, body) = await server.PostAsync("""{"documentId":"sha256:nope"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", Code(body));
    }

    [Fact]
    public async Task When_only_registered_documents_are_allowed_a_raw_query_is_400_and_a_documentId_runs()
    {
        await using var server = await Start(requireFor: "*");
        var (refused, body) = await server.QueryAsync("{ hello }");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", Code(body));

        var (allowed, data) = await server.PostAsync("""{"documentId":"abc123"}""");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Null(Code(data));
    }

    [Fact]
    public async Task Restricting_another_client_leaves_other_callers_free()
    {
        await using var server = await Start(requireFor: "partner-sync");
        var (response, _) = await server.QueryAsync("{ hello }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
