namespace ArvexLab.Graph.GraphQL.Subscriptions;

/// <summary>Limits of the <c>graphql-transport-ws</c> WebSocket endpoint (configuration section <c>GraphQL:WebSockets</c>).</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>How long a client has to send <c>connection_init</c>; closed with 4408 after.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest message a client may send, in bytes; a larger one closes the socket with 1009.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Operations one connection may run at the same time; the next one gets an <c>error</c> message.</summary>
    public int MaxOperationsPerConnection { get; set; } = 25;

    /// <summary>Interval of WebSocket-level ping frames that keep idle connections open through proxies; zero turns them off.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
}
