using System.Collections;
using System.Linq.Expressions;
using ArvexLab.Graph.GraphQL.Errors;
using ArvexLab.Graph.GraphQL.Querying;
using GraphQL.Types;

namespace ArvexLab.Graph.GraphQL.Filtering;

/// <summary>Untyped access to a filter, for filters nested inside other filters.</summary>
public interface IFilterInputType
{
    Expression BuildOn(Expression entity, IDictionary<string, object?> filter, int depth);
}

/// <summary>A filter over <typeparamref name="T"/>, as connection fields see it.</summary>
public interface IFilterInputType<T> : IFilterInputType
{
    Expression<Func<T, bool>> Build(IDictionary<string, object?> filter);
}

/// <summary>
/// The <c>where:</c> input of <typeparamref name="T"/> lists. Each declared field maps a GraphQL input
/// field to a member expression; the client's filter becomes one expression tree that EF Core translates
/// to SQL (nothing is filtered in memory). <c>and</c>/<c>or</c> combine filters.
/// </summary>
public abstract class FilterInputType<T, TSelf> : InputObjectGraphType, IFilterInputType<T>
    where TSelf : FilterInputType<T, TSelf>
{
    /// <summary>How deeply filters may nest (and/or, related objects) before the input is refused.</summary>
    public const int MaxDepth = 8;

    private readonly Dictionary<string, Func<Expression, object?, int, Expression>> _conditions = new(StringComparer.Ordinal);

    protected FilterInputType()
    {
        Name = typeof(TSelf).Name;
        Description = $"Conditions on {typeof(T).Name} objects; all given fields must hold.";
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("All of these filters hold.");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("At least one of these filters holds.");
        _conditions["and"] = (e, v, d) => Combine(e, v, d, Expression.AndAlso, true);
        _conditions["or"] = (e, v, d) => Combine(e, v, d, Expression.OrElse, false);
    }

    public Expression<Func<T, bool>> Build(IDictionary<string, object?> filter)
    {
        var entity = Expression.Parameter(typeof(T), "e");
        return Expression.Lambda<Func<T, bool>>(BuildOn(entity, filter, 0), entity);
    }

    public Expression BuildOn(Expression entity, IDictionary<string, object?> filter, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new GraphError(GraphErrorCodes.InvalidFilter, $"Filters may nest at most {MaxDepth} levels.");
        }

        Expression? all = null;
        foreach (var (name, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            var condition = _conditions.TryGetValue(name, out var build)
                ? build(entity, value, depth + 1)
                : throw new GraphError(GraphErrorCodes.InvalidFilter, $"Cannot filter on '{name}'.");
            all = all is null ? condition : Expression.AndAlso(all, condition);
        }

        return all ?? Expression.Constant(true);
    }

    /// <summary>A string member (StringOperationFilterInput).</summary>
    protected void Field(string name, Expression<Func<T, string?>> member, string description)
        => Scalar<StringOperationFilterInput, string?>(name, member, description);

    /// <summary>An ordered scalar member (numbers, dates), e.g. <c>Comparable&lt;IntGraphType, int&gt;</c>.</summary>
    protected void Comparable<TScalarType, TValue>(string name, Expression<Func<T, TValue>> member, string description)
        where TScalarType : ScalarGraphType
        => Scalar<ComparableOperationFilterInput<TScalarType>, TValue>(name, member, description);

    /// <summary>An enum member.</summary>
    protected void Enum<TEnumType, TValue>(string name, Expression<Func<T, TValue>> member, string description)
        where TEnumType : EnumerationGraphType
        => Scalar<EnumOperationFilterInput<TEnumType>, TValue>(name, member, description);

    /// <summary>A boolean member.</summary>
    protected void Boolean(string name, Expression<Func<T, bool>> member, string description)
        => Scalar<BooleanOperationFilterInput, bool>(name, member, description);

    /// <summary>A list of strings stored with the row (tags, services, criteria).</summary>
    protected void StringList(string name, Expression<Func<T, List<string>>> member, string description)
    {
        Field<StringListFilterInput>(name).Description(description);
        _conditions[name] = (e, v, d) => Collection(Replace(member, e), typeof(string), Operations(v),
            (item, filter) => ScalarConditions.Build(item, filter));
    }

    /// <summary>A related object, filtered by its own filter type.</summary>
    protected void Object<TOther, TOtherFilter>(string name, Expression<Func<T, TOther?>> navigation, string description)
        where TOtherFilter : FilterInputType<TOther, TOtherFilter>
        where TOther : class
    {
        Field<TOtherFilter>(name).Description(description);
        _conditions[name] = (e, v, d) =>
        {
            var related = Replace(navigation, e);
            var inner = Nested(name).BuildOn(related, Operations(v), d);
            return Expression.AndAlso(Expression.NotEqual(related, Expression.Constant(null, related.Type)), inner);
        };
    }

    /// <summary>A related collection: some / all / none of its elements match, or it is (not) empty.</summary>
    protected void List<TOther, TOtherFilter>(string name, Expression<Func<T, IEnumerable<TOther>>> collection, string description)
        where TOtherFilter : FilterInputType<TOther, TOtherFilter>
    {
        Field<ListFilterInputType<TOtherFilter>>(name).Description(description);
        _conditions[name] = (e, v, d) => Collection(Replace(collection, e), typeof(TOther), Operations(v),
            (item, filter) => NestedList(name).BuildOn(item, filter, d));
    }

    private void Scalar<TOperationType, TValue>(string name, Expression<Func<T, TValue>> member, string description)
        where TOperationType : IInputObjectGraphType
    {
        Field<TOperationType>(name).Description(description);
        _conditions[name] = (e, v, _) => ScalarConditions.Build(Replace(member, e), Operations(v));
    }

    private IFilterInputType Nested(string name) => (IFilterInputType)GetField(name)!.ResolvedType!;

    private IFilterInputType NestedList(string name)
        => (IFilterInputType)((IInputObjectGraphType)GetField(name)!.ResolvedType!).GetField("some")!.ResolvedType!;

    private static Expression Collection(Expression items, Type elementType, IDictionary<string, object?> ops,
        Func<Expression, IDictionary<string, object?>, Expression> elementCondition)
    {
        Expression? all = null;
        foreach (var (op, value) in ops)
        {
            Expression condition;
            if (op == "any")
            {
                var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], items);
                condition = value is true ? any : Expression.Not(any);
            }
            else
            {
                var item = Expression.Parameter(elementType, "x");
                var predicate = Expression.Lambda(elementCondition(item, Operations(value)), item);
                condition = op switch
                {
                    "some" => Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], items, predicate),
                    "none" => Expression.Not(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], items, predicate)),
                    "all" => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [elementType], items, predicate),
                    _ => throw new GraphError(GraphErrorCodes.InvalidFilter, $"Unknown list operation '{op}'."),
                };
            }

            all = all is null ? condition : Expression.AndAlso(all, condition);
        }

        return all ?? Expression.Constant(true);
    }

    private Expression Combine(Expression entity, object? value, int depth, Func<Expression, Expression, BinaryExpression> join, bool emptyValue)
    {
        var parts = (value as IEnumerable ?? Array.Empty<object>()).Cast<object?>()
            .Select(part => BuildOn(entity, Operations(part), depth)).ToList();
        return parts.Count == 0 ? Expression.Constant(emptyValue) : parts.Aggregate((a, b) => join(a, b));
    }

    private static IDictionary<string, object?> Operations(object? value)
        => value as IDictionary<string, object?> ?? throw new GraphError(GraphErrorCodes.InvalidFilter, "Expected an input object.");

    private static Expression Replace(LambdaExpression lambda, Expression with) => ExpressionParts.Inline(lambda, with);
}
