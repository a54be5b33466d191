using GraphQL;

namespace ArvexLab.Graph.GraphQL.Errors;

/// <summary>An error a client caused, reported as-is with a stable <c>extensions.code</c>.</summary>
public sealed class GraphError : ExecutionError
{
    public GraphError(string code, string message) : base(message)
    {
        Code = code;
    }
}
