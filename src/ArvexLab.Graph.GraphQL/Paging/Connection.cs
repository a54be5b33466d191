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

/// <summary>
/// An item with its cursor. Keyset cursors are encoded only when a client selects them: most pages
/// (nested ones above all) ask for <c>nodes</c> only, and encoding every row's cursor was a large
/// share of a nested page's allocations.
/// </summary>
public sealed class Edge<T>
{
    private readonly Func<T, string>? _encode;
    private string? _cursor;

    public Edge(string cursor, T node)
    {
        _cursor = cursor;
        Node = node;
    }

    internal Edge(T node, Func<T, string> encode)
    {
        _encode = encode;
        Node = node;
    }

    public T Node { get; }

    public string Cursor => _cursor ??= _encode!(Node);
}

/// <summary>Relay's PageInfo; on keyset pages the start and end cursors are encoded when read.</summary>
public sealed class PageInfo
{
    private readonly Func<string?>? _start;
    private readonly Func<string?>? _end;
    private readonly string? _startCursor;
    private readonly string? _endCursor;

    public PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor)
    {
        this.HasNextPage = HasNextPage;
        this.HasPreviousPage = HasPreviousPage;
        _startCursor = StartCursor;
        _endCursor = EndCursor;
    }

    internal PageInfo(bool hasNextPage, bool hasPreviousPage, Func<string?> startCursor, Func<string?> endCursor)
    {
        HasNextPage = hasNextPage;
        HasPreviousPage = hasPreviousPage;
        _start = startCursor;
        _end = endCursor;
    }

    public bool HasNextPage { get; }

    public bool HasPreviousPage { get; }

    public string? StartCursor => _start is null ? _startCursor : _start();

    public string? EndCursor => _end is null ? _endCursor : _end();
}
