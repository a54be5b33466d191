using GraphQL.Types;

namespace ArvexLab.Graph.GraphQL.Sorting;

public enum SortDirection { Asc, Desc }

/// <summary>ASC / DESC.</summary>
public sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Sort direction.";
    }
}
