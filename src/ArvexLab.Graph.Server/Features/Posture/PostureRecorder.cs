using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Posture;

/// <summary>
/// Computes vendors' posture and stores it (one <see cref="VendorPosture"/> row per vendor, its flags replaced), so
/// lists filter and sort on posture in SQL. Call it after anything that changes evidence: import, review decisions,
/// vendor services; the daily refresh re-evaluates the date checks. Saves its own changes.
/// </summary>
public sealed class PostureRecorder(PostureChecks checks, TimeProvider clock)
{
    private const int BatchSize = 200;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task RecomputeAsync(GraphDbContext db, long vendorId, CancellationToken ct = default) => RecomputeAsync(db, [vendorId], ct);

    public async Task RecomputeAsync(GraphDbContext db, IReadOnlyCollection<long> vendorIds, CancellationToken ct = default)
    {
        var today = Today;
        foreach (var batch in vendorIds.Distinct().Chunk(BatchSize))
        {
            var evidence = await PostureEvidence.LoadAsync(db, batch, ct);
            var stored = await db.VendorPostures.Include(p => p.Flags).Where(p => batch.Contains(p.VendorId)).ToDictionaryAsync(p => p.VendorId, ct);
            foreach (var vendor in evidence)
            {
                var flags = checks.Run(vendor, today);
                if (!stored.TryGetValue(vendor.Vendor.Id, out var posture))
                {
                    posture = new VendorPosture { OrganizationId = vendor.Vendor.OrganizationId, VendorId = vendor.Vendor.Id };
                    db.VendorPostures.Add(posture);
                }

                db.PostureFlags.RemoveRange(posture.Flags);
                posture.Flags = flags.Select((f, i) => f.ToEntity(vendor.Vendor.OrganizationId, i)).ToList();
                posture.Score = PostureScoring.Score(flags);
                posture.Grade = PostureScoring.Grade(posture.Score);
                posture.FlagCount = flags.Count;
                posture.EvaluatedOn = today;
                posture.ComputedAt = clock.GetUtcNow();
            }

            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Every vendor whose posture is missing or was evaluated before today (all organizations on a system context).</summary>
    public async Task RefreshStaleAsync(GraphDbContext db, CancellationToken ct = default)
    {
        var today = Today;
        var stale = await db.Vendors.Where(v => v.Posture == null || v.Posture.EvaluatedOn < today).Select(v => v.Id).ToListAsync(ct);
        await RecomputeAsync(db, stale, ct);
    }
}
