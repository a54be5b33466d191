using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Evidence.Import;

/// <summary>What a merge did to one kind of finding (reported in the audit event).</summary>
public sealed record MergeCounts(int Added, int Updated, int Removed, int KeptReviewed);

/// <summary>
/// Merges a new extraction of one finding kind into the document's existing items. Reviewed items (confirmed,
/// corrected, rejected) and manually added ones are never changed or duplicated: a new item matching one (by its
/// current values or by the values originally extracted) is dropped. Pending items are the extractor's own: a
/// matching pending item is updated in place (its id survives), new items are added, and pending items the new
/// extraction no longer finds are removed, unless <c>mustKeep</c> says something reviewed depends on them.
/// </summary>
public sealed class FindingMerge<TEntity, TOutput>(
    Func<TOutput, string?> keyOfOutput,
    Func<TEntity, string?> keyOfEntity,
    Func<string, TOutput?> parseSnapshot)
    where TEntity : Finding
{
    public MergeCounts Merge(
        IReadOnlyList<TEntity> existing,
        IEnumerable<TOutput> incoming,
        Func<TOutput, TEntity> create,
        Action<TEntity, TOutput> update,
        Action<TEntity> add,
        Action<TEntity> remove,
        Func<TEntity, bool>? mustKeep = null)
    {
        // add/remove may change the caller's list: work on the items as they were.
        existing = existing.ToList();
        var reviewed = Index(existing.Where(IsHumanOwned));
        var pending = Index(existing.Where(e => !IsHumanOwned(e)));
        var matched = new HashSet<TEntity>(ReferenceEqualityComparer.Instance);
        int added = 0, updated = 0, kept = 0;

        foreach (var item in incoming)
        {
            if (keyOfOutput(item) is not { } key)
            {
                continue;
            }

            if (Take(reviewed, key, matched) is not null)
            {
                kept++;
            }
            else if (Take(pending, key, matched) is { } same)
            {
                update(same, item);
                updated++;
            }
            else
            {
                add(create(item));
                added++;
            }
        }

        var removed = 0;
        foreach (var stale in existing.Where(e => !IsHumanOwned(e) && !matched.Contains(e)))
        {
            if (mustKeep?.Invoke(stale) == true)
            {
                continue;
            }

            remove(stale);
            removed++;
        }

        return new MergeCounts(added, updated, removed, kept);
    }

    public static bool IsHumanOwned(Finding finding) => finding.ReviewState != ReviewState.Pending || finding.AddedManually;

    private Dictionary<string, List<TEntity>> Index(IEnumerable<TEntity> items)
    {
        var index = new Dictionary<string, List<TEntity>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var key in KeysOf(item).Distinct(StringComparer.Ordinal))
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add(item);
            }
        }

        return index;
    }

    // An item is known by its current values and, when a reviewer corrected it, by what was originally extracted.
    private IEnumerable<string> KeysOf(TEntity item)
    {
        if (keyOfEntity(item) is { } current)
        {
            yield return current;
        }

        if (item.ExtractedSnapshot is { } snapshot && parseSnapshot(snapshot) is { } original && keyOfOutput(original) is { } extracted)
        {
            yield return extracted;
        }
    }

    private static TEntity? Take(Dictionary<string, List<TEntity>> index, string key, HashSet<TEntity> matched)
    {
        if (!index.TryGetValue(key, out var candidates))
        {
            return null;
        }

        var found = candidates.FirstOrDefault(c => !matched.Contains(c));
        if (found is not null)
        {
            matched.Add(found);
        }

        return found;
    }
}
