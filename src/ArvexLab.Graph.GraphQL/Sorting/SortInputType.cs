using System.Linq.Expressions;
using ArvexLab.Graph.GraphQL.Errors;
using GraphQL.Types;

namespace ArvexLab.Graph.GraphQL.Sorting;

/// <summary>
/// The <c>order:</c> input of a connection over <typeparamref name="T"/>: one field per sortable
/// member, each taking ASC or DESC. A list of them gives a multi-key ordering.
/// </summary>
public abstract class SortInputType<T, TSelf> : InputObjectGraphType, ISortInputType<T>
    where T : class
    where TSelf : SortInputType<T, TSelf>
{
    private readonly Dictionary<string, LambdaExpression> _selectors = new(StringComparer.Ordinal);

    protected SortInputType()
    {
        Name = typeof(TSelf).Name;
        Description = $"Ordering of {typeof(T).Name} lists: give exactly one field per list element.";
    }

    /// <summary>Declares a sortable member. Nullable members cannot take part in keyset paging.</summary>
    protected void Field<TValue>(string name, Expression<Func<T, TValue>> selector, string description)
    {
        if (Nullable.GetUnderlyingType(typeof(TValue)) is not null)
        {
            throw new InvalidOperationException($"Sort field '{name}' is nullable; coalesce it in the selector.");
        }

        _selectors[name] = selector;
        Field<SortEnumType>(name).Description(description);
    }

    /// <summary>Builds the total ordering from the client's <c>order</c> argument.</summary>
    public SortSpec Build(IEnumerable<object?>? order)
    {
        var keys = new List<SortKey>();
        foreach (var element in order ?? [])
        {
            if (element is not IDictionary<string, object?> { Count: 1 } fields)
            {
                throw new GraphError(GraphErrorCodes.InvalidSort, "Each `order` element must set exactly one field.");
            }

            var (name, direction) = fields.First();
            if (!_selectors.TryGetValue(name, out var selector) || direction is not SortDirection dir)
            {
                throw new GraphError(GraphErrorCodes.InvalidSort, $"Cannot sort by '{name}'.");
            }

            if (keys.All(k => k.Name != name))
            {
                keys.Add(new SortKey(name, selector, dir == SortDirection.Desc));
            }
        }

        return SortSpec.WithTieBreaker<T>(keys);
    }
}

/// <summary>An ordering input over <typeparamref name="T"/>, as connection fields see it.</summary>
public interface ISortInputType<T>
{
    SortSpec Build(IEnumerable<object?>? order);
}
