using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

/// <summary>
/// The one place with hand-written SQL: PostgreSQL's claim. <c>FOR UPDATE SKIP LOCKED</c> lets several server nodes
/// poll the same table at once, each locking a different due job without waiting for (or double-claiming) another's.
/// </summary>
internal static class PostgresJobClaimSql
{
    public static async Task<long?> ClaimAsync(GraphDbContext db, string owner, DateTimeOffset now, DateTimeOffset leaseExpiresAt, CancellationToken cancellationToken)
    {
        const int queued = (int)ExtractionJobStatus.Queued;
        const int running = (int)ExtractionJobStatus.Running;
        var ids = await db.Database.SqlQuery<long>($"""
            UPDATE "ExtractionJobs"
            SET "Status" = {running}, "LeaseOwner" = {owner}, "LeaseExpiresAt" = {leaseExpiresAt},
                "Attempts" = "Attempts" + 1, "UpdatedAt" = {now}
            WHERE "Id" = (
                SELECT "Id" FROM "ExtractionJobs"
                WHERE ("Status" = {queued} AND "NotBefore" <= {now})
                   OR ("Status" = {running} AND "LeaseExpiresAt" < {now})
                ORDER BY "NotBefore", "Id"
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """).ToListAsync(cancellationToken);
        return ids.Count == 0 ? null : ids[0];
    }
}
