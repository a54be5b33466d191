using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Sync.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Sync.Changes;

/// <summary>
/// For the few writes that bypass SaveChanges (bulk <c>ExecuteUpdate</c>, e.g. an extraction status that must not bump
/// the version): records an UPDATED change with the entity's current version. Call it in the same transaction as the
/// bulk update (it opens one only when there is none); it saves the context.
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
}
