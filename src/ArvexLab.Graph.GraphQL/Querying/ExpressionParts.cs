using System.Linq.Expressions;
using GraphQL.Types;

namespace ArvexLab.Graph.GraphQL.Querying;

/// <summary>Expression-tree and graph-type pieces shared by filtering, paging, loading and projection.</summary>
internal static class ExpressionParts
{
    /// <summary>A member access on a holder object, so EF Core sends the value as a SQL parameter, not a literal.</summary>
    public static Expression Parameter(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    /// <summary><c>e =&gt; keys.Contains(key(e))</c>, with the keys as one parameter.</summary>
    public static Expression<Func<T, bool>> KeyIn<T>(Expression<Func<T, long>> key, IReadOnlyCollection<long> keys)
    {
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(long)],
            Parameter(keys.ToList(), typeof(List<long>)), key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, key.Parameters);
    }

    /// <summary>The body of <paramref name="lambda"/> with its parameter replaced by <paramref name="with"/>.</summary>
    public static Expression Inline(LambdaExpression lambda, Expression with)
        => new Rebind(lambda.Parameters[0], with).Visit(lambda.Body);

    /// <summary>The named type under list and non-null wrappers.</summary>
    public static IGraphType? Unwrap(IGraphType? type)
    {
        while (type is IProvideResolvedType wrapper)
        {
            type = wrapper.ResolvedType;
        }

        return type;
    }

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }

    private sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
