using GraphQL.DataLoader;

namespace ArvexLab.Graph.GraphQL.Paging;

/// <summary>One page of a connection. The total is only counted when a client selects it.</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<IDataLoaderResult<int>> countTotal)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
    public PageInfo PageInfo { get; } = pageInfo;
    public IDataLoaderResult<int> CountTotal() => countTotal();
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
