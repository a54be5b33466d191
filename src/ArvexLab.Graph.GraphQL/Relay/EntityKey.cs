using System.Linq.Expressions;
using System.Reflection;

namespace ArvexLab.Graph.GraphQL.Relay;

/// <summary>
/// The primary key of an entity type by convention: a <c>long Id</c> property. Used for node IDs,
/// by-ID loading and as the final tie-breaker of every keyset sort.
/// </summary>
public static class EntityKey<T>
{
    private static readonly PropertyInfo Property = typeof(T).GetProperty("Id", typeof(long))
        ?? throw new InvalidOperationException($"{typeof(T).Name} has no 'long Id' property.");

    public static Expression<Func<T, long>> Selector { get; } = BuildSelector();

    private static readonly Func<T, long> Getter = Selector.Compile();

    public static long Get(T entity) => Getter(entity);

    private static Expression<Func<T, long>> BuildSelector()
    {
        var e = Expression.Parameter(typeof(T), "e");
        return Expression.Lambda<Func<T, long>>(Expression.Property(e, Property), e);
    }
}
