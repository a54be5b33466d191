using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ArvexLab.Graph.GraphQL.Subscriptions;

/// <summary>Wires GraphQL subscriptions over WebSocket (<c>graphql-transport-ws</c>).</summary>
public static class GraphQLWebSocketExtensions
{
    /// <summary>Lets the executer run subscription operations (GraphQL.NET only runs queries and mutations by default).</summary>
    public static IGraphQLBuilder AddGraphSubscriptions(this IGraphQLBuilder builder) =>
        builder.AddExecutionStrategy(SubscriptionExecutionStrategy.Instance, OperationType.Subscription);

    /// <summary>
    /// Answers WebSocket upgrade requests on <paramref name="path"/> with the <c>graphql-transport-ws</c> protocol;
    /// other requests pass on (to the HTTP endpoint mapped on the same path). Call it before
    /// <c>UseAuthorization</c>: a WebSocket authenticates in its connection_init message, not on the upgrade request.
    /// </summary>
    public static IApplicationBuilder UseGraphQLWebSockets<TSchema>(this IApplicationBuilder app, string path = "/graphql")
        where TSchema : ISchema
    {
        var options = app.ApplicationServices.GetService<IOptions<GraphQLWebSocketOptions>>()?.Value ?? new GraphQLWebSocketOptions();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = options.KeepAliveInterval });
        return app.Use(async (http, next) =>
        {
            if (!http.WebSockets.IsWebSocketRequest || !http.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
            {
                await next(http).ConfigureAwait(false);
                return;
            }

            await AcceptAsync<TSchema>(http, options).ConfigureAwait(false);
        });
    }

    private static async Task AcceptAsync<TSchema>(HttpContext http, GraphQLWebSocketOptions options) where TSchema : ISchema
    {
        var services = http.RequestServices;
        var offered = http.WebSockets.WebSocketRequestedProtocols.Contains(TransportWsProtocol.SubProtocol, StringComparer.Ordinal);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(offered ? TransportWsProtocol.SubProtocol : null).ConfigureAwait(false);
        using var channel = new WebSocketTextChannel(socket, options.MaxMessageBytes);
        if (!offered)
        {
            await channel.CloseAsync(TransportWsProtocol.SubprotocolNotAcceptable, "Subprotocol not acceptable", http.RequestAborted).ConfigureAwait(false);
            return;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("ArvexLab.Graph.GraphQL.Subscriptions");
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        await new GraphQLWebSocketSession<TSchema>(http, channel, options, serializer, logger).RunAsync().ConfigureAwait(false);
    }
}
