using GraphQL;
using GraphQL.Types;

namespace ArvexLab.Graph.GraphQL.Paging;

/// <summary>A Relay connection of <typeparamref name="TNodeType"/> (named e.g. <c>VendorConnection</c>).</summary>
public sealed class ConnectionGraphType<TNodeType, T> : ObjectGraphType<Connection<T>>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var node = typeof(TNodeType).GraphQLName();
        Name = $"{node}Connection";
        Description = $"A page of {node} objects with cursors for keyset paging.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType, T>>>>>("edges")
            .Description("The page's items, each with its cursor.")
            .Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The page's items, without cursors.")
            .Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Whether more pages exist and the cursors to reach them.")
            .Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items match the filter, across all pages (counted only when selected).")
            .Resolve(ctx => ctx.Source.CountTotal());
    }
}

/// <summary>An item of a connection with its cursor (named e.g. <c>VendorEdge</c>).</summary>
public sealed class EdgeGraphType<TNodeType, T> : ObjectGraphType<Edge<T>>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        var node = typeof(TNodeType).GraphQLName();
        Name = $"{node}Edge";
        Description = $"A {node} in a connection, with the cursor that points at it.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque cursor for `after`/`before`.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item.").Resolve(ctx => ctx.Source.Node);
    }
}

/// <summary>Relay's PageInfo.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in its connection.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("More items follow this page.").Resolve(ctx => ctx.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Items precede this page.").Resolve(ctx => ctx.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first item on the page.").Resolve(ctx => ctx.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("Cursor of the last item on the page.").Resolve(ctx => ctx.Source.EndCursor);
    }
}
