namespace ArvexLab.Graph.GraphQL.Subscriptions;

/// <summary>
/// The <c>graphql-transport-ws</c> sub-protocol (github.com/enisdenjo/graphql-ws, PROTOCOL.md): its message
/// types and the close codes a server uses when a client breaks it.
/// </summary>
public static class TransportWsProtocol
{
    public const string SubProtocol = "graphql-transport-ws";

    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";

    /// <summary>A message that is not valid JSON, has an unknown type or misses a required field.</summary>
    public const int BadRequest = 4400;

    /// <summary>A subscribe before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The authenticator refused the connection_init payload.</summary>
    public const int Forbidden = 4403;

    /// <summary>The client did not offer the graphql-transport-ws sub-protocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No acknowledged connection_init within the timeout.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A subscribe reusing the id of an operation that is still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second connection_init.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>The server failed unexpectedly.</summary>
    public const int InternalServerError = 4500;
}
