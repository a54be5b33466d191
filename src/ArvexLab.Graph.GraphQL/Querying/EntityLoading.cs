using ArvexLab.Graph.GraphQL.DataLoader;
using ArvexLab.Graph.GraphQL.Relay;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.GraphQL.Querying;

/// <summary>Batched loading of entities by key, shared by node(id), typed lookups and parent references.</summary>
public static class EntityLoading
{
    /// <summary>
    /// Loads one entity by its key through the request's batch loader for <typeparamref name="T"/>
    /// (one query per field level). Rows the query scope does not show (another tenant's) come back null.
    /// </summary>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, long key) where T : class
    {
        var loaders = context.RequestServices!.GetRequiredService<DataLoaderContext>();
        var scopes = context.RequestServices!.GetRequiredService<IQueryScopeFactory>();
        var loader = loaders.GetOrAdd(ByIdKey<T>.Value, () => new BatchLoader<long, T?>(
            async (keys, ct) =>
            {
                await using var scope = scopes.Open();
                var rows = await scope.Set<T>().Where(ExpressionParts.KeyIn(EntityKey<T>.Selector, keys)).ToListAsync(ct).ConfigureAwait(false);
                return rows.ToDictionary(EntityKey<T>.Get, r => (T?)r);
            },
            missing: null));
        return loader.Load(key);
    }

    // One string per type, not one per call: a nested page asks for hundreds of references.
    private static class ByIdKey<T>
    {
        public static readonly string Value = $"byId:{typeof(T).FullName}";
    }
}
