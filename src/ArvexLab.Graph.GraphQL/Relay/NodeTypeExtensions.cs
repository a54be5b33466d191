using ArvexLab.Graph.GraphQL.DataLoader;
using ArvexLab.Graph.GraphQL.Querying;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace ArvexLab.Graph.GraphQL.Relay;

/// <summary>Makes an object type a Relay node: an <c>id</c> field and a way for node(id:) to load it.</summary>
public static class NodeTypeExtensions
{
    internal const string LoaderMetadataKey = "relay:nodeLoader";

    public static void ImplementNode<T>(this ObjectGraphType<T> type) where T : class
    {
        type.Interface<NodeInterface>();
        type.IsTypeOf = value => value is T;
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The object's globally unique, opaque ID.")
            .Reads("Id")
            .Resolve(ctx => GlobalId.Encode(type.Name, EntityKey<T>.Get(ctx.Source)));
        type.Metadata[LoaderMetadataKey] = new NodeLoader((ctx, key) => ctx.LoadById<T>(key).Then(v => (object?)v));
    }

    internal sealed record NodeLoader(Func<IResolveFieldContext, long, IDataLoaderResult<object?>> Load);
}
