using ArvexLab.Graph.GraphQL.DataLoader;
using GraphQL.DataLoader;

namespace ArvexLab.Graph.Server.Features.Mapping;

/// <summary>Many batched loads as one list result; rows the caller may not see (null) are left out.</summary>
public static class LoadedLists
{
    public static IDataLoaderResult<T[]> Combine<T>(this IDataLoaderResult<T?>[] results) where T : class =>
        new DeferredResult<T[]>(async ct => (await Task.WhenAll(results.Select(r => r.GetResultAsync(ct)))).OfType<T>().ToArray());
}
