using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Graph;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Frameworks.Admin;

/// <summary>
/// Whether catalog rows may go: a requirement that vendor controls are mapped to (in any organization) or that
/// another owner's crosswalk rows point at is IN_USE. Deleting would silently take reviewed mappings with it; the
/// way to retire such a requirement is a new catalog version (old versions stay, with what is mapped to them).
/// </summary>
internal static class CatalogUsage
{
    public static async Task<UserError?> CheckAsync(GraphDbContext db, IQueryable<long> requirementIds, long? owner, string what, CancellationToken ct)
    {
        // Every tenant's mappings count: a built-in requirement is shared, and hiding others' rows would let it vanish under them.
        var controlMappings = await db.ControlMappings.IgnoreQueryFilters()
            .CountAsync(m => requirementIds.Contains(m.RequirementId), ct);
        if (controlMappings > 0)
        {
            return new UserError(UserErrorCodes.InUse,
                $"The {what} is in use: {controlMappings} control mapping(s) point at it. Publish a new catalog version instead.", "id");
        }

        var foreignRows = await db.RequirementMappings.IgnoreQueryFilters()
            .CountAsync(m => (requirementIds.Contains(m.SourceRequirementId) || requirementIds.Contains(m.TargetRequirementId))
                && m.OrganizationId != owner, ct);
        return foreignRows > 0
            ? new UserError(UserErrorCodes.InUse, $"The {what} is in use: {foreignRows} crosswalk row(s) of other owners point at it.", "id")
            : null;
    }
}
