using ArvexLab.Graph.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Posture;

/// <summary>
/// The one call code that changes evidence makes (import, review decisions, vendor services): it marks the vendor's
/// stored posture stale, in the caller's transaction, and <see cref="PostureRefreshWorker"/> recomputes it within
/// seconds. Needs no services, so the importer and mutations stay free of posture wiring.
/// </summary>
public static class PostureStaleness
{
    public static Task MarkAsync(GraphDbContext db, long vendorId, CancellationToken ct = default) =>
        db.VendorPostures.Where(p => p.VendorId == vendorId).ExecuteUpdateAsync(s => s.SetProperty(p => p.EvaluatedOn, DateOnly.MinValue), ct);
}
