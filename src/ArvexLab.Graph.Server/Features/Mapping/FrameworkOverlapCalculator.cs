using ArvexLab.Graph.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Mapping;

/// <summary>
/// Which requirements of two frameworks correspond through the crosswalk: directly, or through one pivot
/// requirement (most crosswalks meet at ISO/IEC 27001:2022, so NIS2 ↔ SOC 2 goes NIS2 → ISO → TSC).
/// </summary>
public static class FrameworkOverlapCalculator
{
    public static async Task<FrameworkOverlap?> ComputeAsync(GraphDbContext db, string sourceKey, string targetKey, CancellationToken ct)
    {
        var source = await Newest(db, sourceKey, ct);
        var target = await Newest(db, targetKey, ct);
        if (source is null || target is null)
        {
            return null;
        }

        var graph = await CrosswalkGraph.LoadAsync(db, db.Tenant.OrganizationId ?? -1, ct);
        var sourceRequirements = await Ids(db, source.Id, ct);
        var targetRequirements = await Ids(db, target.Id, ct);
        var targetSet = targetRequirements.ToHashSet();
        var shared = new List<RequirementCorrespondence>();
        var reachedTargets = new HashSet<long>();
        foreach (var requirement in sourceRequirements)
        {
            var counterparts = new SortedDictionary<long, string>();
            foreach (var first in graph.From(requirement))
            {
                if (targetSet.Contains(first.Target.Id))
                {
                    counterparts.TryAdd(first.Target.Id, $"{first.Relationship.ToString().ToUpperInvariant()} {first.Target.Ref}");
                    continue;
                }

                foreach (var second in graph.From(first.Target.Id).Where(s => targetSet.Contains(s.Target.Id)))
                {
                    counterparts.TryAdd(second.Target.Id, $"via {first.Target.FrameworkKey} {first.Target.Ref} → {second.Target.Ref}");
                }
            }

            if (counterparts.Count > 0)
            {
                shared.Add(new RequirementCorrespondence(requirement, counterparts.Keys.ToList(), counterparts.Values.ToList()));
                reachedTargets.UnionWith(counterparts.Keys);
            }
        }

        var sharedIds = shared.Select(s => s.RequirementId).ToHashSet();
        return new FrameworkOverlap(source, target, shared,
            sourceRequirements.Where(id => !sharedIds.Contains(id)).ToList(),
            targetRequirements.Where(id => !reachedTargets.Contains(id)).ToList());
    }

    private static Task<Data.Entities.Framework?> Newest(GraphDbContext db, string key, CancellationToken ct) =>
        db.Frameworks.AsNoTracking().Where(f => f.Key == key).OrderByDescending(f => f.Id).FirstOrDefaultAsync(ct);

    private static Task<List<long>> Ids(GraphDbContext db, long frameworkId, CancellationToken ct) =>
        db.Requirements.Where(r => r.FrameworkId == frameworkId).OrderBy(r => r.SortOrder).ThenBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
}
