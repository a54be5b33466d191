using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Sync.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Sync.Changes;

/// <summary>
/// For the few writes that bypass SaveChanges: bulk <c>ExecuteUpdate</c> (e.g. an extraction status that must not bump
/// the version) and set-based inserts (<see cref="SetInsert"/>, e.g. thousands of proposed control mappings). Records
/// the changes the interceptor would have recorded, in the same transaction; it saves the context.
/// </summary>
public static class ChangeFeed
{
    public static async Task RecordUpdatedAsync<T>(GraphDbContext db, long id, CancellationToken cancellationToken)
        where T : class, ITenantOwned, IVersioned
    {
        if (!ChangeTracking.TryGetType(typeof(T), out var type))
        {
            throw new ArgumentException($"{typeof(T).Name} is not reported by the change feed.", nameof(T));
        }

        var row = await db.Set<T>().AsNoTracking().Where(e => EF.Property<long>(e, "Id") == id)
            .Select(e => new { e.OrganizationId, e.Version }).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return;
        }

        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var sequence = await ChangeSequenceAllocator.ReserveAsync(db, row.OrganizationId, 1, async: true, cancellationToken);
        var change = new Change
        {
            OrganizationId = row.OrganizationId,
            Sequence = sequence,
            EntityType = type,
            EntityId = id,
            Operation = ChangeOperation.Updated,
            Version = row.Version,
            OccurredAt = DateTimeOffset.UtcNow,
        };
        db.Changes.Add(change);
        await WebhookOutbox.EnqueueChangesAsync(db, [change], async: true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// CREATED changes for rows of one organization just inserted without SaveChanges, in ID order (as a save would
    /// number them), written set-based. Must run in the insert's transaction, so the rows and their changes commit
    /// together and numbers are reserved only for rows that exist.
    /// </summary>
    internal static async Task RecordCreatedAsync<T>(GraphDbContext db, long organizationId, IReadOnlyList<(long Id, int Version)> created, CancellationToken cancellationToken)
        where T : class, ITenantOwned, IVersioned
    {
        if (!ChangeTracking.TryGetType(typeof(T), out var type))
        {
            throw new ArgumentException($"{typeof(T).Name} is not reported by the change feed.", nameof(T));
        }

        if (created.Count == 0)
        {
            return;
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Changes of a set-based insert must be recorded in the insert's transaction.");
        }

        var last = await ChangeSequenceAllocator.ReserveAsync(db, organizationId, created.Count, async: true, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var changes = created.OrderBy(c => c.Id).Select((c, i) => new Change
        {
            OrganizationId = organizationId,
            Sequence = last - created.Count + 1 + i,
            EntityType = type,
            EntityId = c.Id,
            Operation = ChangeOperation.Created,
            Version = c.Version,
            OccurredAt = now,
        }).ToList();
        await SetInsert.InsertAsync(db, typeof(Change),
            [nameof(Change.OrganizationId), nameof(Change.Sequence), nameof(Change.EntityType), nameof(Change.EntityId), nameof(Change.Operation), nameof(Change.Version), nameof(Change.OccurredAt)],
            changes.Select(c => new object?[] { c.OrganizationId, c.Sequence, c.EntityType, c.EntityId, c.Operation, c.Version, c.OccurredAt }).ToList(),
            [], cancellationToken);
        await WebhookOutbox.EnqueueChangesAsync(db, changes, async: true, cancellationToken);
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken); // the webhook deliveries, when a partner subscribed
        }
    }
}
