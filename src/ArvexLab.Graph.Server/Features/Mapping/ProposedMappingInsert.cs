using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Tenancy;
using ArvexLab.Graph.Server.Features.Sync.Changes;

namespace ArvexLab.Graph.Server.Features.Mapping;

/// <summary>
/// Stores new pending mappings (a 41-page report proposes ~2,700) with <see cref="SetInsert"/> instead of EF's save,
/// and records their CREATED changes the same way, in the caller's transaction. Stamps what the save would:
/// the organization (guarded against the context's tenant) and version 1. The entities get their database IDs.
/// </summary>
internal static class ProposedMappingInsert
{
    private static readonly string[] Columns =
    [
        nameof(ControlMapping.OrganizationId), nameof(ControlMapping.ControlId), nameof(ControlMapping.RequirementId), nameof(ControlMapping.Method),
        nameof(ControlMapping.Confidence), nameof(ControlMapping.Path), nameof(ControlMapping.ReviewState), nameof(ControlMapping.Version),
    ];

    private static readonly string[] Returning = [nameof(ControlMapping.Id), nameof(ControlMapping.ControlId), nameof(ControlMapping.RequirementId)];

    public static async Task InsertAsync(GraphDbContext db, long organizationId, IReadOnlyList<ControlMapping> mappings, CancellationToken ct)
    {
        if (mappings.Count == 0)
        {
            return;
        }

        if (!db.Tenant.IsSystem && db.Tenant.OrganizationId != organizationId)
        {
            throw new TenantViolationException("Cannot add control mappings for another organization.");
        }

        foreach (var mapping in mappings)
        {
            mapping.OrganizationId = organizationId;
            mapping.Version = 1;
        }

        var rows = mappings.Select(m => new object?[] { m.OrganizationId, m.ControlId, m.RequirementId, m.Method, m.Confidence, m.Path, m.ReviewState, m.Version }).ToList();
        var inserted = await SetInsert.InsertAsync(db, typeof(ControlMapping), Columns, rows, Returning, ct);
        // RETURNING's row order is not guaranteed (SQLite says so): match on the unique (control, requirement) pair.
        var ids = inserted.ToDictionary(r => (Convert.ToInt64(r[1]), Convert.ToInt64(r[2])), r => Convert.ToInt64(r[0]));
        foreach (var mapping in mappings)
        {
            mapping.Id = ids[(mapping.ControlId, mapping.RequirementId)];
        }

        await ChangeFeed.RecordCreatedAsync<ControlMapping>(db, organizationId, mappings.Select(m => (m.Id, m.Version)).ToList(), ct);
    }
}
