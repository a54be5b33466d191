using GraphQL.DataLoader;

namespace ArvexLab.Graph.GraphQL.DataLoader;

/// <summary>
/// Collects keys while a field level resolves and fetches them in one call when the execution
/// strategy first asks for a result. Keys asked for after a batch started form the next batch.
/// Keys already fetched (or being fetched) are served from their batch: one fetch per key per request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly Dictionary<TKey, Batch> _batchOfKey = [];
    private Batch? _pending;

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        Batch batch;
        lock (_gate)
        {
            if (!_batchOfKey.TryGetValue(key, out batch!))
            {
                batch = _pending ??= new Batch();
                batch.Keys.Add(key);
                _batchOfKey[key] = batch;
            }
        }

        return new DeferredResult<TValue>(async ct =>
        {
            var values = await Dispatch(batch, ct).ConfigureAwait(false);
            return values.TryGetValue(key, out var value) ? value : missing;
        });
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> Dispatch(Batch batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (batch.Fetch is null)
            {
                if (ReferenceEquals(_pending, batch))
                {
                    _pending = null;
                }

                batch.Fetch = fetch(batch.Keys, cancellationToken);
            }

            return batch.Fetch;
        }
    }

    private sealed class Batch
    {
        public HashSet<TKey> Keys { get; } = [];
        public Task<IReadOnlyDictionary<TKey, TValue>>? Fetch { get; set; }
    }
}
