using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Mapping;

/// <summary>A requirement as the mapping reads it, with its framework's key.</summary>
public sealed record RequirementNode(long Id, long FrameworkId, string FrameworkKey, long? OrganizationId, string Ref, string Title, string? Text);

/// <summary>One step through the crosswalk, seen from the requirement it starts at.</summary>
public sealed record CrosswalkEdge(RequirementNode Target, MappingRelationship Relationship);

/// <summary>
/// The requirements and crosswalk rows visible to one organization (built-ins plus its own), walkable both ways:
/// a row A SUBSET B read backwards is B SUPERSET A. Only the newest version of each framework key takes part, so
/// new mappings point at current catalogs while old ones stay where they are.
/// </summary>
public sealed class CrosswalkGraph
{
    private readonly Dictionary<long, List<CrosswalkEdge>> edges = [];

    private CrosswalkGraph(IReadOnlyList<RequirementNode> requirements)
    {
        Requirements = requirements;
        ById = requirements.ToDictionary(r => r.Id);
    }

    public IReadOnlyList<RequirementNode> Requirements { get; }

    public IReadOnlyDictionary<long, RequirementNode> ById { get; }

    public IReadOnlyList<CrosswalkEdge> From(long requirementId) => edges.TryGetValue(requirementId, out var list) ? list : [];

    /// <summary>The requirement of framework <paramref name="frameworkKey"/> printed as <paramref name="reference"/>, if any.</summary>
    public RequirementNode? Find(string frameworkKey, string reference) =>
        Requirements.FirstOrDefault(r => r.FrameworkKey == frameworkKey && string.Equals(r.Ref, reference, StringComparison.OrdinalIgnoreCase));

    public static async Task<CrosswalkGraph> LoadAsync(GraphDbContext db, long organizationId, CancellationToken ct)
    {
        // Newest version per key among the frameworks this organization sees (on a system context: built-ins and its own).
        var frameworks = await db.Frameworks.AsNoTracking()
            .Where(f => f.OrganizationId == null || f.OrganizationId == organizationId)
            .Select(f => new { f.Id, f.Key, f.OrganizationId }).ToListAsync(ct);
        var current = frameworks.GroupBy(f => (f.Key, f.OrganizationId)).Select(g => g.MaxBy(f => f.Id)!).ToDictionary(f => f.Id, f => f.Key);
        var ids = current.Keys.ToList();
        var requirements = await db.Requirements.AsNoTracking().Where(r => ids.Contains(r.FrameworkId))
            .OrderBy(r => r.FrameworkId).ThenBy(r => r.SortOrder).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.FrameworkId, r.OrganizationId, r.Ref, r.Title, r.Text }).ToListAsync(ct);
        var graph = new CrosswalkGraph(requirements.Select(r => new RequirementNode(r.Id, r.FrameworkId, current[r.FrameworkId], r.OrganizationId, r.Ref, r.Title, r.Text)).ToList());

        var rows = await db.RequirementMappings.AsNoTracking()
            .Where(m => (m.OrganizationId == null || m.OrganizationId == organizationId)
                && ids.Contains(m.SourceRequirement!.FrameworkId) && ids.Contains(m.TargetRequirement!.FrameworkId))
            .OrderBy(m => m.Id) // the catalog files' order, so equally good paths resolve the same way every run
            .Select(m => new { m.SourceRequirementId, m.TargetRequirementId, m.Relationship }).ToListAsync(ct);
        foreach (var row in rows)
        {
            graph.Add(row.SourceRequirementId, row.TargetRequirementId, row.Relationship);
            graph.Add(row.TargetRequirementId, row.SourceRequirementId, Inverse(row.Relationship));
        }

        return graph;
    }

    public static MappingRelationship Inverse(MappingRelationship relationship) => relationship switch
    {
        MappingRelationship.Subset => MappingRelationship.Superset,
        MappingRelationship.Superset => MappingRelationship.Subset,
        _ => relationship,
    };

    private void Add(long from, long to, MappingRelationship relationship)
    {
        if (!ById.TryGetValue(to, out var target))
        {
            return;
        }

        if (!edges.TryGetValue(from, out var list))
        {
            edges[from] = list = [];
        }

        list.Add(new CrosswalkEdge(target, relationship));
    }
}
