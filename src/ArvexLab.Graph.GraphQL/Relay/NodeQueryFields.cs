using ArvexLab.Graph.GraphQL.DataLoader;
using ArvexLab.Graph.GraphQL.Errors;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace ArvexLab.Graph.GraphQL.Relay;

/// <summary>The root <c>node(id:)</c> and <c>nodes(ids:)</c> fields.</summary>
public static class NodeQueryFields
{
    public const int MaxIds = 100;

    public static void AddNodeFields(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches any object by its global ID; null when it does not exist or is not visible to you.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The object's global ID.")
            .Resolve(ctx => Load(ctx, ctx.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Fetches objects by their global IDs, in the order given (at most {MaxIds}); null entries for missing ones.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The objects' global IDs.")
            .Resolve(ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new GraphError(GraphErrorCodes.PageSizeExceeded, $"At most {MaxIds} IDs may be requested at once.");
                }

                var results = ids.Select(id => Load(ctx, id)).ToList();
                return new DeferredResult<List<object?>>(async ct =>
                {
                    var values = new List<object?>(results.Count);
                    foreach (var result in results)
                    {
                        values.Add(await result.GetResultAsync(ct).ConfigureAwait(false));
                    }

                    return values;
                });
            });
    }

    private static IDataLoaderResult<object?> Load(IResolveFieldContext ctx, string id)
    {
        var (typeName, key) = GlobalId.Decode(id);
        if (ctx.Schema.AllTypes[typeName] is not IObjectGraphType type
            || type.GetMetadata<NodeTypeExtensions.NodeLoader>(NodeTypeExtensions.LoaderMetadataKey) is not { } loader)
        {
            throw new GraphError(GraphErrorCodes.InvalidId, "The ID is not a valid object ID.");
        }

        return loader.Load(ctx, key);
    }
}
