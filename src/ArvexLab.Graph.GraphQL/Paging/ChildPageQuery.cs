using System.Linq.Expressions;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.GraphQL.Sorting;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.GraphQL.Paging;

/// <summary>
/// One query for the pages of many parents at once: rows are grouped by parent key and each group is
/// ordered and cut to the page size in SQL (a ROW_NUMBER() window), so nested connections cost one
/// statement per field level however many parents there are.
/// </summary>
internal static class ChildPageQuery
{
    public static async Task<IReadOnlyDictionary<long, List<T>>> PagesAsync<T>(
        IQueryable<T> rows, Expression<Func<T, long>> parentKey, IReadOnlyCollection<long> parents,
        SortSpec order, int take, Expression<Func<T, T>>? projection, CancellationToken cancellationToken)
    {
        var group = Expression.Parameter(typeof(IGrouping<long, T>), "g");
        Expression items = KeysetExpressions.ApplyOrderInMemory(group, typeof(T), order);
        items = Expression.Call(typeof(Enumerable), nameof(Enumerable.Take), [typeof(T)], items, Expression.Constant(take));
        if (projection is not null)
        {
            items = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(T), typeof(T)], items, projection);
        }

        items = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(T)], items);
        var page = Expression.Lambda<Func<IGrouping<long, T>, ChildGroup<T>>>(
            Expression.MemberInit(
                Expression.New(typeof(ChildGroup<T>)),
                Expression.Bind(typeof(ChildGroup<T>).GetProperty(nameof(ChildGroup<T>.Key))!, Expression.Property(group, "Key")),
                Expression.Bind(typeof(ChildGroup<T>).GetProperty(nameof(ChildGroup<T>.Items))!, items)),
            group);

        var groups = await rows.Where(ExpressionParts.KeyIn(parentKey, parents)).GroupBy(parentKey).Select(page)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return groups.ToDictionary(g => g.Key, g => g.Items);
    }

    public static async Task<IReadOnlyDictionary<long, int>> CountsAsync<T>(
        IQueryable<T> rows, Expression<Func<T, long>> parentKey, IReadOnlyCollection<long> parents, CancellationToken cancellationToken)
    {
        var counts = await rows.Where(ExpressionParts.KeyIn(parentKey, parents)).GroupBy(parentKey)
            .Select(g => new ChildCount { Key = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return counts.ToDictionary(c => c.Key, c => c.Count);
    }


    internal sealed class ChildGroup<T>
    {
        public long Key { get; set; }
        public List<T> Items { get; set; } = [];
    }

    internal sealed class ChildCount
    {
        public long Key { get; set; }
        public int Count { get; set; }
    }
}
