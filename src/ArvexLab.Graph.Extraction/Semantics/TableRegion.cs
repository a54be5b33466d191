using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>A page's table region: lines cut into columns, with each column's role.</summary>
public sealed record TableRegion(IReadOnlyList<TableLine> Lines, IReadOnlyList<ColumnRole> Roles, bool HasHeader)
{
    /// <summary>Criteria named by a heading just above the table, if any.</summary>
    public IReadOnlyList<string>? LeadCriteria { get; init; }

    /// <summary>The x positions between the columns.</summary>
    public IReadOnlyList<double> Bounds { get; init; } = [];
}
