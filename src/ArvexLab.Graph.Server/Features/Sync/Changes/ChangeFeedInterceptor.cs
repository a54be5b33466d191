using System.Runtime.CompilerServices;
using ArvexLab.Graph.Server.Features.Sync.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace ArvexLab.Graph.Server.Features.Sync.Changes;

/// <summary>
/// Writes the change feed in the same transaction as every save of a covered entity, so no feature can forget it.
/// Before the save a transaction is opened when the caller has none. After the save (the IDs of new rows are known)
/// sequence numbers are reserved from the organization's counter, the <c>Change</c> and webhook outbox rows inserted,
/// and our own transaction committed. Reserving only after a successful save means a failed save never holds numbers,
/// so there is nothing to give back and no gap. The price: on PostgreSQL a transaction that saves covered rows twice
/// takes the counter lock in its first save while a concurrent one may wait for it holding row locks the first
/// needs later — PostgreSQL then aborts one of them as a deadlock (retryable), it never commits a gap.
/// Rows the database would change by itself (ON DELETE CASCADE / SET NULL) are loaded and changed by EF first
/// (<see cref="DatabaseCascades"/>), so they are recorded too.
/// Bulk <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> bypass interceptors: use <see cref="ChangeFeed"/> with them.
/// </summary>
public sealed class ChangeFeedInterceptor : SaveChangesInterceptor
{
    public static ChangeFeedInterceptor Instance { get; } = new();

    private readonly ConditionalWeakTable<DbContext, SaveState> saves = new();

    private sealed class SaveState(List<PendingChange> pending, IDbContextTransaction? ownTransaction)
    {
        public List<PendingChange> Pending { get; } = pending;
        public IDbContextTransaction? OwnTransaction { get; } = ownTransaction;
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
        if (saves.TryGetValue(db, out var current))
        {
            if (current.Writing)
            {
                return; // our own insert of the feed rows
            }

            // A save that failed with a concurrency error (EF reports no SaveChangesFailed for those) left our transaction open.
            await AbandonAsync(db, async);
        }

        IDbContextTransaction? own = null;
        if (DatabaseCascades.Pending(db))
        {
            own = await BeginTransactionAsync(db, async, cancellationToken);
            try
            {
                await DatabaseCascades.TrackAsync(db, async, cancellationToken);
            }
            catch
            {
                await DisposeAsync(own, async);
                throw;
            }
        }

        var pending = ChangeTracking.Collect(db);
        if (pending.Count == 0)
        {
            // Nothing was written in it yet: the save runs in its own transaction as it would have.
            await DisposeAsync(own, async);
            return;
        }

        own ??= await BeginTransactionAsync(db, async, cancellationToken);
        saves.AddOrUpdate(db, new SaveState(pending, own));
    }

    private static async Task<IDbContextTransaction?> BeginTransactionAsync(DbContext db, bool async, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return null;
        }

        return async ? await db.Database.BeginTransactionAsync(cancellationToken) : db.Database.BeginTransaction();
    }

    private async Task CompleteAsync(DbContext db, bool async, CancellationToken cancellationToken)
    {
        if (!saves.TryGetValue(db, out var state) || state.Writing)
        {
            return;
        }

        state.Writing = true;
        try
        {
            // A fixed organization order keeps a (rare) multi-organization system save from deadlocking another.
            foreach (var group in state.Pending.GroupBy(p => p.OrganizationId).OrderBy(g => g.Key))
            {
                var items = group.ToList();
                var last = await ChangeSequenceAllocator.ReserveAsync(db, group.Key, items.Count, async, cancellationToken);
                for (var i = 0; i < items.Count; i++)
                {
                    items[i].Sequence = last - items.Count + 1 + i;
                }
            }

            var now = DateTimeOffset.UtcNow;
            var changes = state.Pending.Select(p => p.ToChange(now)).ToList();
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
        // Disposing without commit rolls back. A caller's transaction is the caller's to roll back; nothing was reserved in it.
        await DisposeAsync(state.OwnTransaction, async);
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
