using System.Linq.Expressions;
using ArvexLab.Graph.GraphQL.Filtering;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.GraphQL.Sorting;
using GraphQL;
using GraphQL.Types;

namespace ArvexLab.Graph.GraphQL.Paging;

/// <summary>Everything a connection field's arguments ask for: filter, total ordering and page.</summary>
internal sealed record ConnectionQuery<T>(Expression<Func<T, bool>>? Filter, SortSpec Sort, PageRequest Page, object?[]? CursorValues)
    where T : class
{
    public static ConnectionQuery<T> From(IResolveFieldContext context, PagingOptions options)
    {
        var page = PageRequest.From(
            context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"), options);

        Expression<Func<T, bool>>? filter = null;
        if (context.GetArgument<Dictionary<string, object?>?>("where") is { } where
            && ArgumentType(context, "where") is IFilterInputType<T> filterType)
        {
            filter = filterType.Build(where);
        }

        var sort = ArgumentType(context, "order") is ISortInputType<T> sortType
            ? sortType.Build(context.GetArgument<List<object?>?>("order"))
            : SortSpec.ById<T>();

        var cursorValues = page.Cursor is null ? null : CursorCodec.Decode(sort, page.Cursor);
        return new ConnectionQuery<T>(filter, sort, page, cursorValues);
    }

    /// <summary>Filtered, seeked past the cursor, in page order (reversed when paging backward).</summary>
    public IQueryable<T> Apply(IQueryable<T> source)
    {
        var query = Filtered(source);
        return CursorValues is null ? query : query.Where(KeysetExpressions.After<T>(PageOrder, CursorValues));
    }

    public IQueryable<T> Filtered(IQueryable<T> source) => Filter is null ? source : source.Where(Filter);

    public SortSpec PageOrder => Page.Backward ? Sort.Reversed() : Sort;

    /// <summary>Builds the page from up to Size+1 rows fetched in page order.</summary>
    public Connection<T> ToConnection(IReadOnlyList<T> rows, Func<global::GraphQL.DataLoader.IDataLoaderResult<int>> countTotal)
    {
        var more = rows.Count > Page.Size;
        var items = rows.Take(Page.Size).ToList();
        if (Page.Backward)
        {
            items.Reverse();
        }

        var encode = CursorOf;
        var edges = new List<Edge<T>>(items.Count);
        foreach (var item in items)
        {
            edges.Add(new Edge<T>(item, encode));
        }

        var info = new PageInfo(
            Page.Backward ? Page.Cursor is not null : more,
            Page.Backward ? more : Page.Cursor is not null,
            () => edges.Count > 0 ? edges[0].Cursor : null,
            () => edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, info, countTotal);
    }

    private string CursorOf(T row) => CursorCodec.Encode(Sort, KeysetExpressions.ValuesOf(Sort, row));

    private static IGraphType? ArgumentType(IResolveFieldContext context, string name)
        => ExpressionParts.Unwrap(context.FieldDefinition.Arguments?.Find(name)?.ResolvedType);
}
