using ArvexLab.Graph.GraphQL.Errors;

namespace ArvexLab.Graph.GraphQL.Paging;

/// <summary>The validated paging arguments of one connection field.</summary>
internal sealed record PageRequest(int Size, bool Backward, string? Cursor)
{
    public static PageRequest From(int? first, string? after, int? last, string? before, PagingOptions options)
    {
        if (first is not null && last is not null)
        {
            throw new GraphError(GraphErrorCodes.InvalidPagination, "Pass either `first` or `last`, not both.");
        }

        if (after is not null && before is not null)
        {
            throw new GraphError(GraphErrorCodes.InvalidPagination, "Pass either `after` or `before`, not both.");
        }

        if (first is < 0 || last is < 0)
        {
            throw new GraphError(GraphErrorCodes.InvalidPagination, "`first` and `last` must not be negative.");
        }

        var size = first ?? last ?? options.DefaultPageSize;
        if (size > options.MaxPageSize)
        {
            throw new GraphError(GraphErrorCodes.PageSizeExceeded,
                $"Requested {size} items; the maximum page size is {options.MaxPageSize}.");
        }

        var backward = last is not null || (first is null && before is not null);
        if (backward && after is not null)
        {
            throw new GraphError(GraphErrorCodes.InvalidPagination, "`last` pages backward: combine it with `before`, not `after`.");
        }

        if (!backward && before is not null)
        {
            throw new GraphError(GraphErrorCodes.InvalidPagination, "`first` pages forward: combine it with `after`, not `before`.");
        }

        return new PageRequest(size, backward, backward ? before : after);
    }
}
