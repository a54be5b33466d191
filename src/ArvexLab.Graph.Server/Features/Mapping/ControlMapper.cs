using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Mapping;

/// <summary>
/// Brings controls' stored mappings in line with <see cref="MappingProposals"/>. Idempotent (a second run changes
/// nothing) and respectful of people: a mapping a reviewer confirmed, rejected or added is never touched or re-created;
/// pending machine mappings are updated, added or removed. Rejected controls keep only human-owned mappings.
/// Saves its own changes; needs no services, so the importer can call it directly.
/// </summary>
public static class ControlMapper
{
    public static async Task<MappingCounts> MapDocumentAsync(GraphDbContext db, long documentId, CancellationToken ct = default)
    {
        var organizationId = await db.EvidenceDocuments.Where(d => d.Id == documentId).Select(d => d.OrganizationId).SingleAsync(ct);
        var controls = await db.Controls.AsNoTracking().Where(c => c.DocumentId == documentId).ToListAsync(ct);
        return await MapAsync(db, organizationId, controls, ct);
    }

    /// <summary>Maps every control that has no mapping yet (start-up and demo data), organization by organization.</summary>
    public static async Task<MappingCounts> MapUnmappedAsync(GraphDbContext db, CancellationToken ct = default)
    {
        var total = new MappingCounts(0, 0, 0);
        var controls = await db.Controls.AsNoTracking().Where(c => !c.Mappings.Any() && c.ReviewState != ReviewState.Rejected).ToListAsync(ct);
        foreach (var group in controls.GroupBy(c => c.OrganizationId))
        {
            total += await MapAsync(db, group.Key, group.ToList(), ct);
        }

        return total;
    }

    public static async Task<MappingCounts> MapAsync(GraphDbContext db, long organizationId, IReadOnlyList<Control> controls, CancellationToken ct)
    {
        if (controls.Count == 0)
        {
            return new MappingCounts(0, 0, 0);
        }

        var proposals = new MappingProposals(await CrosswalkGraph.LoadAsync(db, organizationId, ct));
        var ids = controls.Select(c => c.Id).ToList();
        var existing = (await db.ControlMappings.Where(m => ids.Contains(m.ControlId)).ToListAsync(ct)).ToLookup(m => m.ControlId);
        var added = new List<ControlMapping>();
        int updated = 0, removed = 0;
        foreach (var control in controls)
        {
            var wanted = control.ReviewState == ReviewState.Rejected ? [] : proposals.For(control).ToDictionary(p => p.RequirementId);
            foreach (var mapping in existing[control.Id])
            {
                if (IsHumanOwned(mapping))
                {
                    wanted.Remove(mapping.RequirementId);
                }
                else if (wanted.Remove(mapping.RequirementId, out var proposal))
                {
                    updated += Apply(mapping, proposal) ? 1 : 0;
                }
                else
                {
                    db.ControlMappings.Remove(mapping);
                    removed++;
                }
            }

            foreach (var proposal in wanted.Values)
            {
                var mapping = new ControlMapping { OrganizationId = organizationId, ControlId = control.Id, RequirementId = proposal.RequirementId, ReviewState = ReviewState.Pending };
                Apply(mapping, proposal);
                added.Add(mapping);
            }
        }

        // Updates and removals are few and go through the save (and its change-feed interceptor); the new pending
        // mappings are thousands per report and go set-based, with their changes, in the same transaction.
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        await ProposedMappingInsert.InsertAsync(db, organizationId, added, ct);
        if (own is not null)
        {
            await own.CommitAsync(ct);
        }

        return new MappingCounts(added.Count, updated, removed);
    }

    /// <summary>Confirmed, rejected (the engine must not bring it back) or added by hand.</summary>
    public static bool IsHumanOwned(ControlMapping mapping) => mapping.ReviewState != ReviewState.Pending || mapping.Method == ControlMappingMethod.Manual;

    // Sets only what differs, so an unchanged mapping keeps its version.
    private static bool Apply(ControlMapping mapping, MappingProposal proposal)
    {
        if (mapping.Method == proposal.Method && mapping.Confidence.Equals(proposal.Confidence) && mapping.Path == proposal.Path)
        {
            return false;
        }

        mapping.Method = proposal.Method;
        mapping.Confidence = proposal.Confidence;
        mapping.Path = proposal.Path;
        return true;
    }
}

/// <summary>What a mapping run changed.</summary>
public sealed record MappingCounts(int Added, int Updated, int Removed)
{
    public static MappingCounts operator +(MappingCounts a, MappingCounts b) => new(a.Added + b.Added, a.Updated + b.Updated, a.Removed + b.Removed);
}
