using System.Collections.Concurrent;
using System.Linq.Expressions;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.GraphQL.Sorting;

namespace ArvexLab.Graph.GraphQL.Paging;

/// <summary>Expression-tree pieces of keyset (seek) paging: ordering, the seek predicate and key extraction.</summary>
internal static class KeysetExpressions
{

    public static IQueryable<T> ApplyOrder<T>(IQueryable<T> source, SortSpec spec)
    {
        var expression = source.Expression;
        for (var i = 0; i < spec.Keys.Count; i++)
        {
            var key = spec.Keys[i];
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (key.Descending ? "Descending" : "");
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), key.ValueType], expression, Expression.Quote(key.Selector));
        }

        return source.Provider.CreateQuery<T>(expression);
    }

    /// <summary>The ordering applied to an in-memory group (Enumerable methods, selectors not quoted).</summary>
    public static Expression ApplyOrderInMemory(Expression items, Type elementType, SortSpec spec)
    {
        for (var i = 0; i < spec.Keys.Count; i++)
        {
            var key = spec.Keys[i];
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (key.Descending ? "Descending" : "");
            items = Expression.Call(typeof(Enumerable), method, [elementType, key.ValueType], items, key.Selector);
        }

        return items;
    }

    /// <summary>Rows strictly after <paramref name="values"/> in the order of <paramref name="spec"/>.</summary>
    public static Expression<Func<T, bool>> After<T>(SortSpec spec, object?[] values)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        for (var i = 0; i < spec.Keys.Count; i++)
        {
            Expression term = Compare(Member(spec.Keys[i], row), Value(spec.Keys[i], values[i]), spec.Keys[i].Descending);
            for (var j = i - 1; j >= 0; j--)
            {
                term = Expression.AndAlso(Expression.Equal(Member(spec.Keys[j], row), Value(spec.Keys[j], values[j])), term);
            }

            any = any is null ? term : Expression.OrElse(any, term);
        }

        return Expression.Lambda<Func<T, bool>>(any!, row);
    }

    public static object?[] ValuesOf<T>(SortSpec spec, T row)
    {
        var values = new object?[spec.Keys.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = CompiledKeys<T>.Of(spec.Keys[i].Selector)(row);
        }

        return values;
    }

    /// <summary>Sort-key selectors compiled once to typed delegates (DynamicInvoke is reflection per call).</summary>
    private static class CompiledKeys<T>
    {
        private static readonly ConcurrentDictionary<LambdaExpression, Func<T, object?>> Compiled = new();

        public static Func<T, object?> Of(LambdaExpression selector) => Compiled.GetOrAdd(selector, static s =>
            Expression.Lambda<Func<T, object?>>(Expression.Convert(s.Body, typeof(object)), s.Parameters[0]).Compile());
    }

    private static Expression Member(SortKey key, ParameterExpression row)
        => ExpressionParts.Inline(key.Selector, row);

    private static Expression Value(SortKey key, object? value) => ExpressionParts.Parameter(value, key.ValueType);

    private static Expression Compare(Expression left, Expression right, bool descending)
    {
        if (left.Type == typeof(string))
        {
            left = Expression.Call(typeof(string), nameof(string.Compare), null, left, right);
            right = Expression.Constant(0);
        }
        else if (left.Type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(left.Type);
            left = Expression.Convert(left, underlying);
            right = Expression.Convert(right, underlying);
        }
        else if (left.Type == typeof(bool))
        {
            left = Expression.Condition(left, Expression.Constant(1), Expression.Constant(0));
            right = Expression.Condition(right, Expression.Constant(1), Expression.Constant(0));
        }

        return descending ? Expression.LessThan(left, right) : Expression.GreaterThan(left, right);
    }


}
