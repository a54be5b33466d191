namespace ArvexLab.Graph.GraphQL.Paging;

/// <summary>Page sizes of every connection (configuration section <c>GraphQL:Paging</c>).</summary>
public sealed class PagingOptions
{
    /// <summary>Items per page when a client gives neither <c>first</c> nor <c>last</c>.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>The largest <c>first</c>/<c>last</c> accepted; larger is an error, never a silent clamp.</summary>
    public int MaxPageSize { get; set; } = 100;
}
