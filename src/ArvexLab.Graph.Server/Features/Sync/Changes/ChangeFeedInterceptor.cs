using System.Runtime.CompilerServices;
using ArvexLab.Graph.Server.Features.Sync.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace ArvexLab.Graph.Server.Features.Sync.Changes;

/// <summary>
/// Writes the change feed in the same transaction as every save of a covered entity, so no feature can forget it.
/// Before the save: reserve sequence numbers (this takes the organization's counter lock first, which keeps
/// multi-save transactions free of lock-order deadlocks) and open a transaction when the caller has none. After
/// the save: the IDs of new rows are known, so the <c>Change</c> rows and the webhook outbox rows are inserted, then
/// our own transaction commits. A failed save gives its numbers back (or rolls our transaction back).
/// Bulk <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> bypass interceptors and are not reported.
/// </summary>
public sealed class ChangeFeedInterceptor : SaveChangesInterceptor
{
    public static ChangeFeedInterceptor Instance { get; } = new();

    private readonly ConditionalWeakTable<DbContext, SaveState> saves = new();

    private sealed class SaveState(List<PendingChange> pending, IDbContextTransaction? ownTransaction, Dictionary<long, int> reserved)
    {
        public List<PendingChange> Pending { get; } = pending;
        public IDbContextTransaction? OwnTransaction { get; } = ownTransaction;
        public Dictionary<long, int> Reserved { get; } = reserved;
        public bool Writing { get; set; }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeginAsync(eventData.Context!, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await BeginAsync(eventData.Context!, async: true, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        CompleteAsync(eventData.Context!, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await CompleteAsync(eventData.Context!, async: true, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
        => AbandonAsync(eventData.Context!, async: false).GetAwaiter().GetResult();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
        => AbandonAsync(eventData.Context!, async: true);

    public override void SaveChangesCanceled(DbContextEventData eventData)
        => AbandonAsync(eventData.Context!, async: false).GetAwaiter().GetResult();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
        => AbandonAsync(eventData.Context!, async: true);

    private async Task BeginAsync(DbContext db, bool async, CancellationToken cancellationToken)
    {
        if (saves.TryGetValue(db, out var current) && current.Writing)
        {
            return; // our own insert of the feed rows
        }

        var pending = ChangeTracking.Collect(db);
        if (pending.Count == 0)
        {
            return;
        }

        IDbContextTransaction? own = null;
        if (db.Database.CurrentTransaction is null)
        {
            own = async ? await db.Database.BeginTransactionAsync(cancellationToken) : db.Database.BeginTransaction();
        }

        var reserved = new Dictionary<long, int>();
        var state = new SaveState(pending, own, reserved);
        saves.AddOrUpdate(db, state);
        // A fixed organization order keeps a (rare) multi-organization system save from deadlocking another.
        foreach (var group in pending.GroupBy(p => p.OrganizationId).OrderBy(g => g.Key))
        {
            var items = group.ToList();
            var last = await ChangeSequenceAllocator.ReserveAsync(db, group.Key, items.Count, async, cancellationToken);
            reserved[group.Key] = items.Count;
            for (var i = 0; i < items.Count; i++)
            {
                items[i].Sequence = last - items.Count + 1 + i;
            }
        }
    }

    private async Task CompleteAsync(DbContext db, bool async, CancellationToken cancellationToken)
    {
        if (!saves.TryGetValue(db, out var state) || state.Writing)
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        var changes = state.Pending.Select(p => p.ToChange(now)).ToList();
        state.Writing = true;
        try
        {
            db.AddRange(changes);
            await WebhookOutbox.EnqueueChangesAsync(db, changes, async, cancellationToken);
            if (async)
            {
                await db.SaveChangesAsync(cancellationToken);
                if (state.OwnTransaction is { } own)
                {
                    await own.CommitAsync(cancellationToken);
                }
            }
            else
            {
                db.SaveChanges();
                state.OwnTransaction?.Commit();
            }
        }
        finally
        {
            saves.Remove(db);
            await DisposeAsync(state.OwnTransaction, async);
        }
    }

    private async Task AbandonAsync(DbContext db, bool async)
    {
        if (!saves.TryGetValue(db, out var state) || state.Writing)
        {
            return;
        }

        saves.Remove(db);
        if (state.OwnTransaction is not null)
        {
            await DisposeAsync(state.OwnTransaction, async); // disposing without commit rolls back
            return;
        }

        // The caller's transaction lives on (EF rolled back to its savepoint): give the numbers back.
        foreach (var (organizationId, count) in state.Reserved)
        {
            try
            {
                await ChangeSequenceAllocator.ReleaseAsync(db, organizationId, count, async, CancellationToken.None);
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
            {
                // The transaction is unusable; it can only roll back, taking the reservation with it.
            }
        }
    }

    private static async Task DisposeAsync(IDbContextTransaction? transaction, bool async)
    {
        if (transaction is null)
        {
            return;
        }

        if (async)
        {
            await transaction.DisposeAsync();
        }
        else
        {
            transaction.Dispose();
        }
    }
}
