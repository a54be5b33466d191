using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ArvexLab.Graph.Server.Features.Sync.Changes;

/// <summary>Which tracked entities the change feed reports, and what one pending save of them will record.</summary>
internal static class ChangeTracking
{
    private static readonly Dictionary<Type, ChangeEntityType> Covered = new()
    {
        [typeof(Vendor)] = ChangeEntityType.Vendor,
        [typeof(EvidenceDocument)] = ChangeEntityType.EvidenceDocument,
        [typeof(ExtractedField)] = ChangeEntityType.ExtractedField,
        [typeof(Control)] = ChangeEntityType.Control,
        [typeof(ControlException)] = ChangeEntityType.ControlException,
        [typeof(Cuec)] = ChangeEntityType.Cuec,
        [typeof(SubserviceOrganization)] = ChangeEntityType.SubserviceOrganization,
        [typeof(ControlMapping)] = ChangeEntityType.ControlMapping,
    };

    public static IReadOnlyCollection<Type> CoveredTypes => Covered.Keys;

    public static bool TryGetType(Type clr, out ChangeEntityType type) => Covered.TryGetValue(clr, out type);

    /// <summary>The covered entries of the save about to run, in tracker order (sequence numbers follow it).</summary>
    public static List<PendingChange> Collect(DbContext db)
    {
        var pending = new List<PendingChange>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is not (ITenantOwned owned and IVersioned versioned)
                || !Covered.TryGetValue(entry.Metadata.ClrType, out var type))
            {
                continue;
            }

            ChangeOperation? operation = entry.State switch
            {
                EntityState.Added => ChangeOperation.Created,
                EntityState.Modified => ChangeOperation.Updated,
                EntityState.Deleted => ChangeOperation.Deleted,
                _ => null,
            };
            if (operation is { } op)
            {
                var id = op == ChangeOperation.Created ? 0 : (long)entry.Property("Id").CurrentValue!;
                pending.Add(new PendingChange(entry, type, op, owned.OrganizationId, id, versioned.Version));
            }
        }

        return pending;
    }
}

/// <summary>
/// One covered entity in a save. The ID of a created entity is only known after the insert, so it is read then;
/// a deleted entity's version is captured before, while the entry is still tracked.
/// </summary>
internal sealed record PendingChange(EntityEntry Entry, ChangeEntityType Type, ChangeOperation Operation, long OrganizationId, long IdBefore, int VersionBefore)
{
    public long Sequence { get; set; }

    public Change ToChange(DateTimeOffset now) => new()
    {
        OrganizationId = OrganizationId,
        Sequence = Sequence,
        EntityType = Type,
        EntityId = Operation == ChangeOperation.Created ? (long)Entry.Property("Id").CurrentValue! : IdBefore,
        Operation = Operation,
        Version = Operation == ChangeOperation.Deleted ? VersionBefore : ((IVersioned)Entry.Entity).Version,
        OccurredAt = now,
    };
}
