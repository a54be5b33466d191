using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

/// <summary>
/// Ends the leases that dead worker processes of this host still hold (<c>Extraction:RecoverDeadLocalWorkers</c>), so
/// a restarted node takes a crashed node's job at its next claim instead of after the lease. Only owners written with
/// this host's key are judged, and only a process that is certainly gone loses its lease; jobs of other hosts (and of
/// live processes) keep theirs until it expires.
/// </summary>
internal static class DeadWorkerLeases
{
    /// <summary>Ends the leases of dead local owners; returns the jobs whose lease ended, with the owner that held it.</summary>
    public static async Task<List<(long JobId, string Owner)>> EndAsync(GraphDbContext db, WorkerProcess self, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var prefix = self.HostPrefix;
        var held = await db.ExtractionJobs
            .Where(j => j.Status == ExtractionJobStatus.Running && j.LeaseExpiresAt >= now && j.LeaseOwner!.StartsWith(prefix))
            .Select(j => new { j.Id, Owner = j.LeaseOwner! })
            .ToListAsync(cancellationToken);

        // Ended a moment before now, so the claim that follows sees it expired whatever the column's time precision.
        var ended = now - TimeSpan.FromSeconds(1);
        var endedJobs = new List<(long, string)>();
        foreach (var job in held)
        {
            if (WorkerProcess.FromLeaseOwner(job.Owner) is not { } owner || !owner.IsGoneFrom(self))
            {
                continue;
            }

            // Conditional on the same owner still holding it: a job finished or taken over meanwhile is left alone.
            var changed = await db.ExtractionJobs
                .Where(j => j.Id == job.Id && j.LeaseOwner == job.Owner && j.Status == ExtractionJobStatus.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, ended), cancellationToken);
            if (changed == 1)
            {
                endedJobs.Add((job.Id, job.Owner));
            }
        }

        return endedJobs;
    }
}
