using System.Collections;
using System.Linq.Expressions;
using ArvexLab.Graph.GraphQL.Errors;
using ArvexLab.Graph.GraphQL.Querying;

namespace ArvexLab.Graph.GraphQL.Filtering;

/// <summary>Turns one operation input (<c>{ eq: …, in: […] }</c>) on a member into a predicate body.</summary>
internal static class ScalarConditions
{
    public static Expression Build(Expression member, IDictionary<string, object?> operations)
    {
        Expression? all = null;
        foreach (var (op, value) in operations)
        {
            var condition = Operation(member, op, value);
            all = all is null ? condition : Expression.AndAlso(all, condition);
        }

        return all ?? Expression.Constant(true);
    }

    private static Expression Operation(Expression member, string op, object? value) => op switch
    {
        "eq" => Expression.Equal(member, Constant(value, member.Type)),
        "neq" => Expression.NotEqual(member, Constant(value, member.Type)),
        "in" => In(member, value),
        "nin" => Expression.Not(In(member, value)),
        "gt" => Compare(member, value, ExpressionType.GreaterThan),
        "gte" => Compare(member, value, ExpressionType.GreaterThanOrEqual),
        "lt" => Compare(member, value, ExpressionType.LessThan),
        "lte" => Compare(member, value, ExpressionType.LessThanOrEqual),
        "contains" => Text(member, value, nameof(string.Contains)),
        "startsWith" => Text(member, value, nameof(string.StartsWith)),
        "endsWith" => Text(member, value, nameof(string.EndsWith)),
        _ => throw new GraphError(GraphErrorCodes.InvalidFilter, $"Unknown filter operation '{op}'."),
    };

    private static Expression In(Expression member, object? value)
    {
        if (value is not IEnumerable items)
        {
            throw new GraphError(GraphErrorCodes.InvalidFilter, "`in` and `nin` take a list.");
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(member.Type))!;
        foreach (var item in items)
        {
            list.Add(Convert(item, member.Type));
        }

        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], ExpressionParts.Parameter(list, list.GetType()), member);
    }

    private static Expression Compare(Expression member, object? value, ExpressionType comparison)
    {
        if (value is null)
        {
            throw new GraphError(GraphErrorCodes.InvalidFilter, "Comparisons need a value.");
        }

        Expression left = member, right = Constant(value, member.Type);
        if (Nullable.GetUnderlyingType(member.Type) is { } underlying && underlying == typeof(string))
        {
            left = Expression.Call(typeof(string), nameof(string.Compare), null, left, right);
            right = Expression.Constant(0);
        }
        else if (member.Type == typeof(string))
        {
            left = Expression.Call(typeof(string), nameof(string.Compare), null, left, right);
            right = Expression.Constant(0);
        }

        return Expression.MakeBinary(comparison, left, right);
    }

    // Case-insensitive on every provider: both sides lower-cased (the value once, here).
    private static Expression Text(Expression member, object? value, string method)
    {
        if (member.Type != typeof(string) || value is not string text)
        {
            throw new GraphError(GraphErrorCodes.InvalidFilter, $"`{method}` needs a text value.");
        }

        var lowered = Expression.Call(member, nameof(string.ToLower), null);
        var call = Expression.Call(lowered, method, null, ExpressionParts.Parameter(text.ToLowerInvariant(), typeof(string)));
        return Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), call);
    }

    private static Expression Constant(object? value, Type type) => ExpressionParts.Parameter(Convert(value, type), type);

    internal static object? Convert(object? value, Type type)
    {
        if (value is null)
        {
            return Nullable.GetUnderlyingType(type) is not null || !type.IsValueType
                ? null
                : throw new GraphError(GraphErrorCodes.InvalidFilter, "null is not allowed here.");
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (value is DateTimeOffset instant)
        {
            // Stored instants are UTC (PostgreSQL refuses other offsets); compare in UTC.
            value = instant.ToUniversalTime();
        }

        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        try
        {
            return target.IsEnum ? Enum.ToObject(target, value) : System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is InvalidCastException or FormatException or OverflowException)
        {
            throw new GraphError(GraphErrorCodes.InvalidFilter, $"'{value}' is not a valid value here.");
        }
    }
}
