using System.Security.Claims;
using ArvexLab.Graph.GraphQL.Authorization;
using ArvexLab.Graph.GraphQL.Errors;
using ArvexLab.Graph.GraphQL.Subscriptions;
using ArvexLab.Graph.GraphQL.Transport;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArvexLab.Graph.GraphQL.Tests.Subscriptions;

/// <summary>
/// Kestrel on 127.0.0.1 with the generic WebSocket transport over a tiny schema: a counting stream, an endless
/// stream that records its cancellation, a stream behind authentication and one whose resolver refuses.
/// Connections authenticate with <c>{ "token": "good" }</c>.
/// </summary>
public sealed class SubscriptionTestServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private SubscriptionTestServer(WebApplication app, StreamState state)
    {
        this.app = app;
        State = state;
        var http = new Uri(app.Urls.First());
        Uri = new Uri($"ws://{http.Authority}/graphql");
    }

    public Uri Uri { get; }

    public StreamState State { get; }

    public static async Task<SubscriptionTestServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var state = new StreamState();
        builder.Services.AddSingleton(state);
        builder.Services.AddAuthorization();
        builder.Services.AddSingleton<IGraphQLWebSocketAuthenticator, TokenAuthenticator>();
        builder.Services.AddGraphInfrastructure(builder.Configuration);
        builder.Services.AddGraphQL(graph => graph
            .AddSchema<StreamSchema>()
            .AddSystemTextJson()
            .AddGraphAuthorization()
            .AddGraphSubscriptions());
        var app = builder.Build();
        app.UseGraphQLWebSockets<StreamSchema>("/graphql");
        app.MapGraphQLEndpoint<StreamSchema>("/graphql");
        await app.StartAsync();
        return new SubscriptionTestServer(app, state);
    }

    public Task<TransportWsClient> ConnectAsync(string? subProtocol = "graphql-transport-ws") => TransportWsClient.ConnectAsync(Uri, subProtocol);

    public async Task<TransportWsClient> ConnectAndInitAsync()
    {
        var client = await ConnectAsync();
        await client.InitAsync(new System.Text.Json.Nodes.JsonObject { ["token"] = "good" });
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private sealed class TokenAuthenticator : IGraphQLWebSocketAuthenticator
    {
        public ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext http, IReadOnlyDictionary<string, object?> payload, CancellationToken cancellationToken) =>
            ValueTask.FromResult(payload.TryGetValue("token", out var token) && token as string == "good"
                ? new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "alice")], "test"))
                : null);
    }
}

/// <summary>What the streams saw, so a test can tell a stream was really stopped.</summary>
public sealed class StreamState
{
    private int endlessCancelled;

    public int EndlessCancelled => Volatile.Read(ref endlessCancelled);

    public void CancelledEndless() => Interlocked.Increment(ref endlessCancelled);
}

public sealed class StreamSchema : Schema
{
    public StreamSchema(IServiceProvider services, StreamState state) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("hello").Resolve(_ => "world");
        query.Field<ListGraphType<StringGraphType>>("items").Argument<IntGraphType>("first").Resolve(_ => new[] { "a" });
        Query = query;

        var subscription = new ObjectGraphType { Name = "Subscription" };
        subscription.Field<IntGraphType, int>("count").Argument<NonNullGraphType<IntGraphType>>("to")
            .ResolveStream(ctx => SourceStream.From(token => Count(ctx.GetArgument<int>("to"), token)));
        subscription.Field<IntGraphType, int>("endless").ResolveStream(_ => SourceStream.From(token => Endless(state, token)));
        subscription.Field<StringGraphType>("whoami").Authorize()
            .ResolveStream(ctx => SourceStream.From(_ => One(ctx.User?.Identity?.Name ?? "nobody")));
        subscription.Field<IntGraphType>("refused").ResolveStream(_ => throw new GraphError(GraphErrorCodes.NotFound, "Nothing to watch."));
        Subscription = subscription;
    }

    private static async IAsyncEnumerable<int> Count(int to, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Delay(5, token);
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> Endless(StreamState state, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token)
    {
        yield return 1;
        try
        {
            await Task.Delay(Timeout.Infinite, token);
        }
        finally
        {
            state.CancelledEndless();
        }
    }

#pragma warning disable CS1998 // An async sequence of one element.
    private static async IAsyncEnumerable<string> One(string value)
    {
        yield return value;
    }
#pragma warning restore CS1998
}
