using ArvexLab.Graph.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

/// <summary>Reads one stored framework version back into a <see cref="FrameworkDocument"/> (the inverse of <see cref="FrameworkImporter"/>).</summary>
public sealed class FrameworkExporter(GraphDbContext db)
{
    /// <summary>The framework as a document, or null when it does not exist for the current tenant.</summary>
    public async Task<FrameworkDocument?> ExportAsync(long frameworkId, CancellationToken cancellationToken)
    {
        var framework = await db.Frameworks.AsNoTracking().SingleOrDefaultAsync(f => f.Id == frameworkId, cancellationToken);
        if (framework is null) return null;

        var requirements = await db.Requirements.AsNoTracking().Where(r => r.FrameworkId == frameworkId)
            .Select(r => new { r.Id, r.ParentId, r.Ref, r.Title, r.Text, r.SortOrder })
            .ToListAsync(cancellationToken);
        var refs = requirements.ToDictionary(r => r.Id, r => r.Ref);
        var children = requirements.ToLookup(r => r.ParentId);

        // Depth first, siblings by sort order: parents always come before their children.
        var ordered = new List<RequirementDocument>(requirements.Count);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        void Walk(long? parentId)
        {
            foreach (var r in children[parentId].OrderBy(r => r.SortOrder).ThenBy(r => r.Id))
            {
                position[r.Ref] = ordered.Count;
                ordered.Add(new RequirementDocument(r.Ref, r.ParentId is { } p ? refs[p] : null, r.Title, r.Text));
                Walk(r.Id);
            }
        }
        Walk(null);

        var mappings = await db.RequirementMappings.AsNoTracking()
            .Where(m => m.SourceRequirement!.FrameworkId == frameworkId && m.OrganizationId == framework.OrganizationId)
            .Select(m => new
            {
                SourceRef = m.SourceRequirement!.Ref,
                TargetKey = m.TargetRequirement!.Framework!.Key,
                TargetVersion = m.TargetRequirement.Framework.CatalogVersion,
                TargetRef = m.TargetRequirement.Ref,
                TargetSort = m.TargetRequirement.Id,
                m.Relationship,
                m.Source,
            })
            .ToListAsync(cancellationToken);
        var mappingDocuments = mappings
            .OrderBy(m => position[m.SourceRef]).ThenBy(m => m.TargetKey, StringComparer.Ordinal)
            .ThenBy(m => m.TargetVersion, StringComparer.Ordinal).ThenBy(m => m.TargetSort)
            .Select(m => new MappingDocument(m.SourceRef, m.TargetKey, m.TargetVersion, m.TargetRef, m.Relationship, m.Source))
            .ToList();

        return new FrameworkDocument(framework.Key, framework.Name, framework.CatalogVersion, framework.Description,
            framework.Source, ordered, mappingDocuments);
    }

    /// <summary>The id of a framework version visible to the current tenant, or null.</summary>
    public Task<long?> FindAsync(string key, string catalogVersion, CancellationToken cancellationToken) =>
        db.Frameworks.Where(f => f.Key == key && f.CatalogVersion == catalogVersion)
            .OrderByDescending(f => f.OrganizationId != null)
            .Select(f => (long?)f.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
