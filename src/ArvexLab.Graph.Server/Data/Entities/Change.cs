namespace ArvexLab.Graph.Server.Data.Entities;

/// <summary>The kinds of objects the partner change feed reports.</summary>
public enum ChangeEntityType
{
    Vendor = 0,
    EvidenceDocument = 1,
    ExtractedField = 2,
    Control = 3,
    ControlException = 4,
    Cuec = 5,
    SubserviceOrganization = 6,
    ControlMapping = 7,
}

public enum ChangeOperation { Created = 0, Updated = 1, Deleted = 2 }

/// <summary>
/// One entry of an organization's change feed. <see cref="Sequence"/> is gap-free and strictly increasing per
/// organization, in commit order: the row is written in the same transaction as the change it describes.
/// </summary>
public class Change : ITenantOwned
{
    public long OrganizationId { get; set; }
    public long Sequence { get; set; }
    public ChangeEntityType EntityType { get; set; }
    public long EntityId { get; set; }
    public ChangeOperation Operation { get; set; }
    /// <summary>The entity's version after the change (the last version for a deletion).</summary>
    public int Version { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
}

/// <summary>
/// The per-organization allocator of change sequence numbers. Updating it inside the writing transaction holds a
/// row lock (PostgreSQL) or the write lock (SQLite) until commit, so numbers commit in order and never leave gaps.
/// </summary>
public class ChangeCounter
{
    public long OrganizationId { get; set; }
    public long LastSequence { get; set; }
    /// <summary>The highest sequence removed by retention; cursors before it have expired.</summary>
    public long PurgedThrough { get; set; }
}
