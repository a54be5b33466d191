using System.Linq.Expressions;
using ArvexLab.Graph.GraphQL.Relay;

namespace ArvexLab.Graph.GraphQL.Sorting;

/// <summary>One key of an ordering: a non-nullable member of the entity and a direction.</summary>
public sealed record SortKey(string Name, LambdaExpression Selector, bool Descending)
{
    public Type ValueType => Selector.ReturnType;
    public SortKey Reversed() => this with { Descending = !Descending };
}

/// <summary>An entity ordering: the client's keys plus the ID as the final tie-breaker, so it is total.</summary>
public sealed record SortSpec(IReadOnlyList<SortKey> Keys)
{
    /// <summary>Identifies the ordering inside cursors, so a cursor from another ordering is rejected.</summary>
    public string Signature { get; } = string.Join(",", Keys.Select(k => k.Name + (k.Descending ? "-" : "+")));

    public SortSpec Reversed() => new(Keys.Select(k => k.Reversed()).ToList());

    /// <summary>The given keys followed by the entity ID (in the last key's direction).</summary>
    public static SortSpec WithTieBreaker<T>(List<SortKey> keys)
    {
        keys.Add(new SortKey("id", EntityKey<T>.Selector, Descending: keys.Count > 0 && keys[^1].Descending));
        return new SortSpec(keys);
    }

    public static SortSpec ById<T>() => WithTieBreaker<T>([]);
}
