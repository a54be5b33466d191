using GraphQL.DataLoader;

namespace ArvexLab.Graph.GraphQL.DataLoader;

/// <summary>A data-loader result whose value is produced on demand (when the execution strategy asks).</summary>
public sealed class DeferredResult<T>(Func<CancellationToken, Task<T>> produce) : IDataLoaderResult<T>
{
    private Task<T>? _task;

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default)
        => _task ??= produce(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        => await GetResultAsync(cancellationToken).ConfigureAwait(false);
}

/// <summary>Composition helpers for data-loader results.</summary>
public static class DataLoaderResultExtensions
{
    /// <summary>Transforms a result once it is available, without starting any work of its own.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> source, Func<TIn, TOut> map)
        => new DeferredResult<TOut>(async ct => map(await source.GetResultAsync(ct).ConfigureAwait(false)));
}
