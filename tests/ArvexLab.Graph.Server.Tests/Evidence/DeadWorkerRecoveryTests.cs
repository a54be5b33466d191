using System.Diagnostics;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>
/// Leases held by worker processes of this host: real OS processes (a started <c>sleep</c>, this test process) stand
/// for the workers, their identity read from /proc as a server's would be. The lease is ten minutes, so a job taken
/// before the clock moves was taken through the recovery, not the lease.
/// </summary>
public abstract class DeadWorkerRecoveryTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly ExtractionSettings LongLease = new() { LeaseDuration = TimeSpan.FromMinutes(10), Timeout = TimeSpan.FromSeconds(20) };

    [DataFact]
    public async Task A_job_whose_worker_process_is_gone_is_taken_at_once_and_the_dead_owner_can_no_longer_complete_it()
    {
        using var kit = new PipelineTestKit(database, settings: LongLease);
        await kit.CloseOtherJobsAsync();
        var (_, documents) = await kit.SeedQueuedDocumentsAsync(1);
        using var worker = StartLiveProcess();
        var first = await ClaimAsAsync(kit, Identity(worker));

        worker.Kill();
        await worker.WaitForExitAsync();
        var second = await kit.Queue.ClaimAsync("restarted-node", CancellationToken.None);

        Assert.Equal((documents[0], 2), (second?.DocumentId, second?.Attempts));
        await using var db = database.CreateContext(new OrganizationTenantContext(first.OrganizationId));
        Assert.False(await ExtractionJobQueue.CompleteAsync(db, first, kit.Clock.GetUtcNow(), CancellationToken.None));
        Assert.True(await ExtractionJobQueue.CompleteAsync(db, second!, kit.Clock.GetUtcNow(), CancellationToken.None));
    }

    [DataFact]
    public async Task A_job_of_a_live_process_of_this_host_is_not_taken_before_its_lease_ends()
    {
        using var kit = new PipelineTestKit(database, settings: LongLease);
        await kit.CloseOtherJobsAsync();
        await kit.SeedQueuedDocumentsAsync(2);
        using var worker = StartLiveProcess();
        var ofSleep = await ClaimAsAsync(kit, Identity(worker));
        var ofThisProcess = await ClaimAsAsync(kit, WorkerProcess.Current!);

        Assert.Null(await kit.Queue.ClaimAsync("other-worker", CancellationToken.None));
        kit.Clock.Advance(LongLease.LeaseDuration - TimeSpan.FromSeconds(1));
        Assert.Null(await kit.Queue.ClaimAsync("other-worker", CancellationToken.None));

        kit.Clock.Advance(TimeSpan.FromSeconds(2));
        var taken = new[] { await kit.Queue.ClaimAsync("other-worker", CancellationToken.None), await kit.Queue.ClaimAsync("other-worker", CancellationToken.None) };
        Assert.Equal(new[] { ofSleep.Id, ofThisProcess.Id }.Order(), taken.Select(j => j!.Id).Order());
        worker.Kill();
    }

    [DataFact]
    public async Task A_job_of_a_reused_pid_started_at_another_time_is_taken_at_once()
    {
        using var kit = new PipelineTestKit(database, settings: LongLease);
        await kit.CloseOtherJobsAsync();
        await kit.SeedQueuedDocumentsAsync(1);
        // This test process's pid is alive, but the owner started it earlier: the owner is gone, the pid reused.
        var earlier = WorkerProcess.Current! with { StartTicks = WorkerProcess.Current!.StartTicks - 1 };
        var orphan = await ClaimAsAsync(kit, earlier);

        var taken = await kit.Queue.ClaimAsync("other-worker", CancellationToken.None);

        Assert.Equal((orphan.Id, 2), (taken?.Id, taken?.Attempts));
    }

    [DataFact]
    public async Task A_job_of_a_worker_on_another_host_waits_for_its_lease()
    {
        using var kit = new PipelineTestKit(database, settings: LongLease);
        await kit.CloseOtherJobsAsync();
        await kit.SeedQueuedDocumentsAsync(1);
        using var worker = StartLiveProcess();
        var elsewhere = Identity(worker) with { HostKey = "0123456789abcdef" };
        // Same host name and a pid that is gone here, yet another boot or pid namespace: nothing can be told from here.
        worker.Kill();
        await worker.WaitForExitAsync();
        var orphan = await ClaimAsAsync(kit, elsewhere);

        Assert.Null(await kit.Queue.ClaimAsync("other-worker", CancellationToken.None));
        kit.Clock.Advance(LongLease.LeaseDuration + TimeSpan.FromSeconds(1));
        Assert.Equal(orphan.Id, (await kit.Queue.ClaimAsync("other-worker", CancellationToken.None))?.Id);
    }

    [DataFact]
    public async Task With_RecoverDeadLocalWorkers_off_a_dead_local_worker_keeps_its_lease()
    {
        using var kit = new PipelineTestKit(database, settings: LongLease with { RecoverDeadLocalWorkers = false });
        await kit.CloseOtherJobsAsync();
        await kit.SeedQueuedDocumentsAsync(1);
        using var worker = StartLiveProcess();
        var dead = Identity(worker);
        await ClaimAsAsync(kit, dead);
        worker.Kill();
        await worker.WaitForExitAsync();

        Assert.Null(await kit.Queue.ClaimAsync("other-worker", CancellationToken.None));
        await using var db = database.CreateSystemContext();
        Assert.Equal(1, await db.ExtractionJobs.CountAsync(j => j.Status == ExtractionJobStatus.Running && j.LeaseOwner!.StartsWith(dead.OwnerPrefix)));
    }

    /// <summary>Claims the next due job in the name of a worker of <paramref name="process"/>, as its server would.</summary>
    private static async Task<ClaimedJob> ClaimAsAsync(PipelineTestKit kit, WorkerProcess process)
    {
        var job = await kit.Queue.ClaimAsync(process.OwnerPrefix + "test0001#1", CancellationToken.None);
        Assert.NotNull(job);
        return job;
    }

    private static Process StartLiveProcess() => Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;

    /// <summary>The identity of a started process, read from /proc while it runs, as its own server would.</summary>
    private static WorkerProcess Identity(Process process) =>
        WorkerProcess.Read(process.Id) ?? throw new InvalidOperationException("No /proc identity for pid " + process.Id);
}

public sealed class SqliteDeadWorkerRecoveryTests(SqliteTestDatabase database) : DeadWorkerRecoveryTests<SqliteTestDatabase>(database);

public sealed class PostgresDeadWorkerRecoveryTests(PostgresTestDatabase database) : DeadWorkerRecoveryTests<PostgresTestDatabase>(database);
