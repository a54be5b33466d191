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
        // Every tenant's mappings count for the decision: a built-in requirement is shared, and hiding others' rows would
        // let it vanish under them. The message counts only the caller's own rows: others' data is not theirs to see.
        var caller = db.Tenant.IsSystem ? (long?)null : db.Tenant.OrganizationId ?? -1;
        var controlMappings = db.ControlMappings.IgnoreQueryFilters().Where(m => requirementIds.Contains(m.RequirementId));
        if (await controlMappings.AnyAsync(ct))
        {
            var visible = await controlMappings.CountAsync(m => caller == null || m.OrganizationId == caller, ct);
            return new UserError(UserErrorCodes.InUse, visible > 0
                ? $"The {what} is in use: {visible} of your organization's control mapping(s) point at it. Publish a new catalog version instead."
                : $"The {what} is in use: control mappings point at it. Publish a new catalog version instead.", "id");
        }

        var foreignRows = db.RequirementMappings.IgnoreQueryFilters()
            .Where(m => (requirementIds.Contains(m.SourceRequirementId) || requirementIds.Contains(m.TargetRequirementId)) && m.OrganizationId != owner);
        if (!await foreignRows.AnyAsync(ct))
        {
            return null;
        }

        // Built-in crosswalk rows are everyone's to see; another organization's own rows are not.
        var visibleRows = await foreignRows.CountAsync(m => caller == null || m.OrganizationId == null || m.OrganizationId == caller, ct);
        return new UserError(UserErrorCodes.InUse, visibleRows > 0
            ? $"The {what} is in use: {visibleRows} crosswalk row(s) of other owners point at it."
            : $"The {what} is in use: crosswalk rows of other owners point at it.", "id");
    }
}
