using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Review;

/// <summary>
/// How review mutations change one kind of finding: which values a reviewer may correct, how a correction is
/// undone, and what the audit trail records. The mutation flow itself (tenant, version, audit, save) is shared.
/// </summary>
public abstract class FindingEditor<T> where T : Finding
{
    /// <summary>The entity and graph type name, as used in global IDs and audit events.</summary>
    public string TypeName => typeof(T).Name;

    /// <summary>The values a reviewer sees and may correct, for the audit trail's before/after.</summary>
    public abstract object Values(T item);

    /// <summary>Writes the given values onto the item; values the input omits stay as they are.</summary>
    public abstract void Apply(T item, FindingValueReader values);

    /// <summary>A new item from a reviewer's values (only kinds that can be added by hand).</summary>
    public virtual T Create(FindingValueReader values) =>
        throw new NotSupportedException($"{TypeName} cannot be added by hand.");

    /// <summary>Puts the extracted values back (a CONFIRM after a CORRECT).</summary>
    public abstract void RestoreExtracted(T item);

    /// <summary>
    /// The item's current values in the extraction tool's format, stored before a first correction of an item
    /// that has no snapshot yet, so the extracted values survive and re-extraction can still recognise it.
    /// </summary>
    public abstract string? ExtractedSnapshotOf(T item);

    public object Audit(T item) => new
    {
        ReviewState = item.ReviewState.ToString(),
        item.ReviewComment,
        item.AddedManually,
        Values = Values(item),
    };
}
