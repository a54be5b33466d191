using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static ArvexLab.Graph.GraphQL.Subscriptions.TransportWsProtocol;

namespace ArvexLab.Graph.GraphQL.Subscriptions;

/// <summary>
/// One <c>graphql-transport-ws</c> connection: connection_init (authenticated, once, within the timeout), then
/// operations, each in its own DI scope and task, until either side closes. Every protocol breach closes the socket
/// with the code PROTOCOL.md gives it.
/// </summary>
internal sealed class GraphQLWebSocketSession<TSchema>(
    HttpContext http,
    WebSocketTextChannel channel,
    GraphQLWebSocketOptions options,
    IGraphQLTextSerializer serializer,
    ILogger logger) where TSchema : ISchema
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> operations = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Task> running = [];
    private readonly CancellationTokenSource closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private int initReceived;
    private volatile bool acknowledged;

    public async Task RunAsync()
    {
        var initWatch = WatchInitialisationAsync();
        try
        {
            await ReceiveLoopAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
            // The client went away, or did not answer our close in time: nothing left to tell it.
        }
        catch (Exception e)
        {
            logger.LogError(e, "GraphQL WebSocket connection failed");
            await CloseAsync(InternalServerError, "Internal server error").ConfigureAwait(false);
        }
        finally
        {
            foreach (var operation in operations.Values)
            {
                operation.Cancel();
            }

            await closing.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll([.. running, initWatch]).ConfigureAwait(false);
            closing.Dispose();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        while (true)
        {
            var (kind, text) = await channel.ReceiveAsync(closing.Token).ConfigureAwait(false);
            switch (kind)
            {
                case WebSocketTextChannel.Received.Closed:
                    await channel.CloseAsync((int)(channel.Socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), "", CancellationToken.None).ConfigureAwait(false);
                    return;
                case WebSocketTextChannel.Received.TooLarge:
                    await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, $"Messages are limited to {options.MaxMessageBytes} bytes").ConfigureAwait(false);
                    continue;
                case WebSocketTextChannel.Received.Binary:
                    await CloseAsync(BadRequest, "Messages must be text").ConfigureAwait(false);
                    continue;
                default:
                    await HandleAsync(text!).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task HandleAsync(string text)
    {
        if (channel.CloseSent)
        {
            // Whatever a client sends after our close frame is not answered.
            return;
        }

        var (message, problem) = TransportWsMessage.Parse(text);
        if (message is null)
        {
            await CloseAsync(BadRequest, problem!).ConfigureAwait(false);
            return;
        }

        switch (message.Type)
        {
            case ConnectionInit:
                await InitialiseAsync(message).ConfigureAwait(false);
                break;
            case Ping:
                await channel.SendAsync(TransportWsMessage.Write(Pong), closing.Token).ConfigureAwait(false);
                break;
            case Pong:
                break;
            case Subscribe:
                await SubscribeAsync(message).ConfigureAwait(false);
                break;
            case Complete when message.Id is not null:
                if (operations.TryRemove(message.Id, out var operation))
                {
                    await operation.CancelAsync().ConfigureAwait(false);
                }

                break;
            default:
                await CloseAsync(BadRequest, $"Invalid message type '{message.Type}' or missing `id`").ConfigureAwait(false);
                break;
        }
    }

    private async Task InitialiseAsync(TransportWsMessage message)
    {
        if (Interlocked.Exchange(ref initReceived, 1) == 1)
        {
            await CloseAsync(TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        if (message.InitPayload(serializer) is not { } payload)
        {
            await CloseAsync(BadRequest, "The connection_init payload must be an object").ConfigureAwait(false);
            return;
        }

        if (http.RequestServices.GetService<IGraphQLWebSocketAuthenticator>() is { } authenticator)
        {
            if (await authenticator.AuthenticateAsync(http, payload, closing.Token).ConfigureAwait(false) is not { } user)
            {
                await CloseAsync(Forbidden, "Forbidden").ConfigureAwait(false);
                return;
            }

            // Everything that reads the caller from the request (authorization, tenant, rate limit) now sees it.
            http.User = user;
        }

        acknowledged = true;
        await channel.SendAsync(TransportWsMessage.Write(ConnectionAck), closing.Token).ConfigureAwait(false);
    }

    private async Task SubscribeAsync(TransportWsMessage message)
    {
        if (!acknowledged)
        {
            await CloseAsync(Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }

        if (message.Id is not { } id || message.Request(serializer) is not { } request)
        {
            await CloseAsync(BadRequest, "A subscribe message needs an `id` and a `payload` with a `query`").ConfigureAwait(false);
            return;
        }

        if (operations.ContainsKey(id))
        {
            await CloseAsync(SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return;
        }

        if (operations.Count >= options.MaxOperationsPerConnection)
        {
            var error = new ExecutionError($"A connection runs at most {options.MaxOperationsPerConnection} operations at a time.") { Code = "TOO_MANY_OPERATIONS" };
            await SendErrorsAsync(id, new ExecutionResult { Errors = [error] }).ConfigureAwait(false);
            return;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(closing.Token);
        if (!operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            await CloseAsync(SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return;
        }

        running.Add(Task.Run(() => RunOperationAsync(id, request, cancellation)));
    }

    private async Task RunOperationAsync(string id, global::GraphQL.Transport.GraphQLRequest request, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        try
        {
            await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var result = await WebSocketOperationRunner.ExecuteAsync<TSchema>(http, scope.ServiceProvider, request, token).ConfigureAwait(false);
            if (!result.Executed)
            {
                await SendErrorsAsync(id, result).ConfigureAwait(false);
                return;
            }

            if (result.Streams?.Values.SingleOrDefault() is { } stream)
            {
                await foreach (var item in new ObservableReader<ExecutionResult>(stream).ReadAllAsync(token).ConfigureAwait(false))
                {
                    await SendNextAsync(id, WebSocketOperationRunner.ShapeEvent(http, item), token).ConfigureAwait(false);
                }
            }
            else
            {
                await SendNextAsync(id, result, token).ConfigureAwait(false);
            }

            if (operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation)))
            {
                await channel.SendAsync(TransportWsMessage.Write(Complete, id), token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Completed by the client or the connection closed: the protocol wants no message.
        }
        catch (Exception e) when (e is WebSocketException or IOException)
        {
            // The connection is gone; the session's own loop ends it.
        }
        catch (Exception e)
        {
            logger.LogError(e, "GraphQL WebSocket operation {Id} failed", id);
            await CloseAsync(InternalServerError, "Internal server error").ConfigureAwait(false);
        }
        finally
        {
            operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
        }
    }

    private Task SendNextAsync(string id, ExecutionResult result, CancellationToken token) =>
        channel.SendAsync(TransportWsMessage.Write(Next, id, serializer.Serialize(result)), token);

    private async Task SendErrorsAsync(string id, ExecutionResult result)
    {
        // The serializer renders errors the way the HTTP endpoint does (codes, locations, extensions).
        var errors = JsonNode.Parse(serializer.Serialize(result))?["errors"]?.ToJsonString() ?? "[]";
        await channel.SendAsync(TransportWsMessage.Write(Error, id, errors), closing.Token).ConfigureAwait(false);
    }

    private async Task WatchInitialisationAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, closing.Token).ConfigureAwait(false);
            // Like graphql-ws: the clock stops when connection_init arrives; authentication is not raced against it.
            if (Volatile.Read(ref initReceived) == 0)
            {
                await CloseAsync(ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Sends the close frame and gives the client a moment to answer before the socket is aborted.</summary>
    private async Task CloseAsync(int code, string reason)
    {
        try
        {
            if (await channel.CloseAsync(code, reason, CancellationToken.None).ConfigureAwait(false))
            {
                closing.CancelAfter(TimeSpan.FromSeconds(2));
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
    }
}
