namespace ArvexLab.Graph.GraphQL.Transport;

/// <summary>A request the transport refuses before execution: one status code and one typed error.</summary>
public sealed class TransportError(int statusCode, string code, string message, string? allow = null) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public string Code { get; } = code;
    /// <summary>The Allow header to send with a 405.</summary>
    public string? Allow { get; } = allow;
}
