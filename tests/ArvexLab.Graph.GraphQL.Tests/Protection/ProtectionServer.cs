using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ArvexLab.Graph.GraphQL.Transport;
using ArvexLab.Graph.GraphQL.Upload;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArvexLab.Graph.GraphQL.Tests.Protection;

/// <summary>
/// A real Kestrel server on 127.0.0.1 running the generic transport over a small schema whose
/// fields misbehave on purpose: one throws with SQL in its message, one waits until cancelled.
/// </summary>
public sealed class ProtectionServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private ProtectionServer(WebApplication app, Uri address, TestQuery query)
    {
        this.app = app;
        Query = query;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Http { get; }

    public TestQuery Query { get; }

    public static async Task<ProtectionServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string environment = "Production")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var query = new TestQuery();
        builder.Services.AddSingleton(query);
        builder.Services.AddGraphInfrastructure(builder.Configuration);
        builder.Services.AddGraphQL(graph => graph
            .AddSchema<TestSchema>()
            .AddGraphTypes(typeof(TestSchema).Assembly)
            .AddSystemTextJson()
            // Details on, so the test proves masking does not depend on the error provider.
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = true));
        var app = builder.Build();
        app.UseCors(GraphQLCors.PolicyName);
        app.MapGraphQLEndpoint<TestSchema>("/graphql");
        await app.StartAsync();
        return new ProtectionServer(app, new Uri(app.Urls.First()), query);
    }

    public async Task<(HttpResponseMessage Response, JsonNode Body)> PostAsync(string json, string accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd(accept);
        var response = await Http.SendAsync(request);
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    public Task<(HttpResponseMessage Response, JsonNode Body)> QueryAsync(string query, string accept = "application/graphql-response+json")
        => PostAsync(new JsonObject { ["query"] = query }.ToJsonString(), accept);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services, TestQueryType query) : base(services) => Query = query;
}

/// <summary>Records what the resolvers saw, so tests can tell that work was really cancelled.</summary>
public sealed class TestQuery
{
    public int SlowCancelled;
    public int Resolved;
}

public sealed class TestQueryType : ObjectGraphType
{
    public TestQueryType(TestQuery state)
    {
        Name = "Query";
        Field<StringGraphType>("hello").Resolve(_ =>
        {
            Interlocked.Increment(ref state.Resolved);
            return "world";
        });
        Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException("SELECT password_hash FROM users failed"));
        Field<StringGraphType>("slow").ResolveAsync(async context =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref state.SlowCancelled);
                throw;
            }

            return "never";
        });
        // Reports what a resolver sees of an upload: display name, size, sniffed type, where it was stored.
        Field<StringGraphType>("inspect").Argument<NonNullGraphType<UploadGraphType>>("file").Resolve(context =>
        {
            var file = context.GetArgument<UploadedFile>("file");
            return string.Join("|", file.FileName, file.Length, file.IsPdf(), file.TempPath);
        });
        Field<ListGraphType<ItemType>>("items").Argument<IntGraphType>("first").Resolve(context => Items(context.GetArgument<int?>("first")));
    }

    internal static IEnumerable<string> Items(int? first) => Enumerable.Range(1, Math.Min(first ?? 3, 3)).Select(i => "item" + i);
}

public sealed class ItemType : ObjectGraphType<string>
{
    public ItemType()
    {
        Name = "Item";
        Field<StringGraphType>("name").Resolve(context => context.Source);
        Field<ListGraphType<ItemType>>("children").Argument<IntGraphType>("first")
            .Resolve(context => TestQueryType.Items(context.GetArgument<int?>("first")));
    }
}
