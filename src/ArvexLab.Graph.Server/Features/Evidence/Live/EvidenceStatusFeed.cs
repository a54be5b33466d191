using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Evidence.Live;

/// <summary>
/// The documents this node's subscribers watch, and what each subscriber last saw. The database is the only source
/// of truth: a worker's hook, a PostgreSQL notification or the poller only ask the feed to re-read, and a subscriber
/// hears a state when it differs from the last one it got. Re-reads run one at a time, so a later read never
/// overtakes an earlier one and nobody is told EXTRACTING after EXTRACTED. Changes faster than a re-read can merge
/// (Poll mode may skip a short-lived EXTRACTING); the final state always arrives.
/// </summary>
public sealed class EvidenceStatusFeed(GraphDbContextActivator activator)
{
    private readonly ConcurrentDictionary<long, ConcurrentDictionary<Watcher, byte>> watched = new();
    private readonly SemaphoreSlim reading = new(1, 1);

    public bool HasWatchers => !watched.IsEmpty;

    public IReadOnlyCollection<long> WatchedDocuments => [.. watched.Keys];

    /// <summary>The document's current status first, then each change, until cancelled.</summary>
    public async IAsyncEnumerable<EvidenceStatusChange> WatchAsync(long documentId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var watcher = new Watcher();
        watched.AddOrUpdate(documentId, _ => new() { [watcher] = 0 }, (_, set) => { set[watcher] = 0; return set; });
        try
        {
            await RefreshAsync([documentId], cancellationToken);
            await foreach (var change in watcher.Changes.Reader.ReadAllAsync(cancellationToken))
            {
                yield return change;
            }
        }
        finally
        {
            if (watched.TryGetValue(documentId, out var set))
            {
                set.TryRemove(watcher, out _);
                if (set.IsEmpty)
                {
                    // Only removes the entry if no new watcher joined it meanwhile.
                    watched.TryRemove(new KeyValuePair<long, ConcurrentDictionary<Watcher, byte>>(documentId, set));
                }
            }
        }
    }

    /// <summary>Re-reads the given documents (those nobody watches are skipped) and tells their watchers what changed.</summary>
    public async Task RefreshAsync(IReadOnlyCollection<long> documentIds, CancellationToken cancellationToken)
    {
        var ids = documentIds.Where(watched.ContainsKey).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        await reading.WaitAsync(cancellationToken);
        try
        {
            // As the system: every watcher's tenant was checked when it subscribed.
            await using var db = activator.Create(SystemTenantContext.Instance);
            var states = await db.EvidenceDocuments.AsNoTracking()
                .Where(d => ids.Contains(d.Id))
                .Select(d => new EvidenceStatusChange(d.Id, d.Status, d.FailureCode, d.FailureMessage, d.UpdatedAt))
                .ToListAsync(cancellationToken);
            foreach (var state in states)
            {
                foreach (var watcher in watched.TryGetValue(state.DocumentId, out var set) ? set.Keys : [])
                {
                    watcher.Offer(state);
                }
            }
        }
        finally
        {
            reading.Release();
        }
    }

    private sealed class Watcher
    {
        private EvidenceStatusChange? last;

        public Channel<EvidenceStatusChange> Changes { get; } = Channel.CreateUnbounded<EvidenceStatusChange>(new UnboundedChannelOptions { SingleReader = true });

        // Only called under the feed's read lock.
        public void Offer(EvidenceStatusChange state)
        {
            if (state.DiffersFrom(last))
            {
                last = state;
                Changes.Writer.TryWrite(state);
            }
        }
    }
}
