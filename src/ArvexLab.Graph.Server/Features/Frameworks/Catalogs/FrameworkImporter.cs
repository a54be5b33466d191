using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

/// <summary>
/// Stores a <see cref="FrameworkDocument"/> as one framework version. (Key, catalog version, owner) names the version:
/// a new catalog version adds a framework next to the old one; the same version is updated in place, so ids — and
/// the control mappings that point at them — survive. Only what changed is written; an unchanged document writes nothing.
/// </summary>
public sealed class FrameworkImporter(GraphDbContext db, TimeProvider? clock = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    /// <summary>Creates or updates the framework and its requirements (not its mappings), in one SaveChanges.</summary>
    /// <exception cref="FrameworkImportException">The document is invalid.</exception>
    public async Task<Framework> ImportRequirementsAsync(FrameworkDocument document, long? organizationId, CancellationToken cancellationToken)
    {
        var errors = document.Validate();
        if (errors.Count > 0) throw new FrameworkImportException(document.Key, errors);

        var framework = await db.Frameworks.SingleOrDefaultAsync(f => f.Key == document.Key
            && f.CatalogVersion == document.CatalogVersion && f.OrganizationId == organizationId, cancellationToken);
        var changed = false;
        if (framework is null)
        {
            framework = new Framework
            {
                Key = document.Key,
                Name = document.Name,
                CatalogVersion = document.CatalogVersion,
                OrganizationId = organizationId,
                IsBuiltIn = organizationId is null,
                CreatedAt = clock.GetUtcNow(),
            };
            db.Frameworks.Add(framework);
        }
        if (framework.Name != document.Name || framework.Description != document.Description || framework.Source != document.Source)
        {
            (framework.Name, framework.Description, framework.Source) = (document.Name, document.Description, document.Source);
            changed = true;
        }

        var existing = framework.Id == 0
            ? new Dictionary<string, Requirement>(StringComparer.Ordinal)
            : await db.Requirements.Where(r => r.FrameworkId == framework.Id).ToDictionaryAsync(r => r.Ref, StringComparer.Ordinal, cancellationToken);
        var siblings = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in document.Requirements)
        {
            var sortOrder = siblings[item.Parent ?? ""] = siblings.GetValueOrDefault(item.Parent ?? "") + 1;
            var parent = item.Parent is null ? null : existing[item.Parent];
            if (!existing.TryGetValue(item.Ref, out var requirement))
            {
                requirement = new Requirement { Ref = item.Ref, Title = item.Title, Framework = framework, OrganizationId = organizationId };
                existing.Add(item.Ref, requirement);
                db.Requirements.Add(requirement);
            }
            else if (requirement.Title == item.Title && requirement.Text == item.Text && requirement.SortOrder == sortOrder
                && ReferenceEquals(requirement.Parent, parent))
            {
                continue;
            }
            (requirement.Title, requirement.Text, requirement.SortOrder, requirement.Parent) = (item.Title, item.Text, sortOrder, parent);
            changed = true;
        }

        if (changed)
        {
            if (framework.Id != 0) framework.Version++;
            await db.SaveChangesAsync(cancellationToken);
        }
        return framework;
    }

    /// <summary>
    /// Makes the framework's outgoing mappings of this owner exactly <paramref name="mappings"/>: adds, updates and removes
    /// rows in one SaveChanges. Targets resolve to the owner's framework version of that key, or else the built-in one.
    /// </summary>
    /// <exception cref="FrameworkImportException">A mapping names a requirement or framework version that does not exist.</exception>
    public async Task SyncMappingsAsync(Framework framework, IReadOnlyList<MappingDocument> mappings, CancellationToken cancellationToken)
    {
        var sources = await db.Requirements.Where(r => r.FrameworkId == framework.Id)
            .ToDictionaryAsync(r => r.Ref, r => r.Id, StringComparer.Ordinal, cancellationToken);
        var targets = new Dictionary<(string Key, string Version), Dictionary<string, long>?>();
        var errors = new List<string>();
        var wanted = new Dictionary<(long, long), MappingDocument>();
        foreach (var mapping in mappings)
        {
            var key = (mapping.TargetFramework, mapping.TargetVersion);
            if (!targets.TryGetValue(key, out var targetRefs))
            {
                targets[key] = targetRefs = await TargetRequirementsAsync(mapping.TargetFramework, mapping.TargetVersion, framework.OrganizationId, cancellationToken);
            }
            if (!sources.TryGetValue(mapping.Ref, out var sourceId)) errors.Add($"Unknown requirement '{mapping.Ref}'.");
            else if (targetRefs is null) errors.Add($"Unknown framework {mapping.TargetFramework} {mapping.TargetVersion}.");
            else if (!targetRefs.TryGetValue(mapping.TargetRef, out var targetId)) errors.Add($"Unknown requirement '{mapping.TargetRef}' in {mapping.TargetFramework} {mapping.TargetVersion}.");
            else wanted[(sourceId, targetId)] = mapping;
        }
        if (errors.Count > 0) throw new FrameworkImportException(framework.Key, errors);

        var current = await db.RequirementMappings
            .Where(m => m.OrganizationId == framework.OrganizationId && m.SourceRequirement!.FrameworkId == framework.Id)
            .ToListAsync(cancellationToken);
        var changed = false;
        foreach (var row in current)
        {
            if (!wanted.Remove((row.SourceRequirementId, row.TargetRequirementId), out var mapping))
            {
                db.RequirementMappings.Remove(row);
                changed = true;
            }
            else if (row.Relationship != mapping.Relationship || row.Source != mapping.Source)
            {
                (row.Relationship, row.Source) = (mapping.Relationship, mapping.Source);
                changed = true;
            }
        }
        foreach (var ((sourceId, targetId), mapping) in wanted)
        {
            db.RequirementMappings.Add(new RequirementMapping
            {
                OrganizationId = framework.OrganizationId,
                SourceRequirementId = sourceId,
                TargetRequirementId = targetId,
                Relationship = mapping.Relationship,
                Source = mapping.Source,
            });
            changed = true;
        }
        if (changed) await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Dictionary<string, long>?> TargetRequirementsAsync(string key, string version, long? organizationId, CancellationToken cancellationToken)
    {
        var candidates = await db.Frameworks
            .Where(f => f.Key == key && f.CatalogVersion == version && (f.OrganizationId == null || f.OrganizationId == organizationId))
            .Select(f => new { f.Id, f.OrganizationId })
            .ToListAsync(cancellationToken);
        var target = candidates.OrderByDescending(f => f.OrganizationId is not null).FirstOrDefault();
        if (target is null) return null;
        return await db.Requirements.Where(r => r.FrameworkId == target.Id)
            .ToDictionaryAsync(r => r.Ref, r => r.Id, StringComparer.Ordinal, cancellationToken);
    }
}
