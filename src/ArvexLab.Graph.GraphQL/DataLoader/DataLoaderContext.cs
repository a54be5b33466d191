using System.Collections.Concurrent;

namespace ArvexLab.Graph.GraphQL.DataLoader;

/// <summary>
/// The loaders of one request. Resolvers ask for a loader by a key that names what it loads and with
/// which arguments, so every resolver of a field level shares one loader and so one batch.
/// </summary>
public sealed class DataLoaderContext
{
    private readonly ConcurrentDictionary<object, object> _loaders = new();

    public TLoader GetOrAdd<TLoader>(string key, Func<TLoader> create) where TLoader : class
        => (TLoader)_loaders.GetOrAdd(key, static (_, create) => create(), create);

    /// <summary>The same by any key with value equality (e.g. a record of the field node), to spare building a string per call.</summary>
    public TLoader GetOrAdd<TLoader>(object key, Func<TLoader> create) where TLoader : class
        => (TLoader)_loaders.GetOrAdd(key, static (_, create) => create(), create);
}
