using System.Linq.Expressions;
using System.Text.Json;
using ArvexLab.Graph.GraphQL.DataLoader;
using ArvexLab.Graph.GraphQL.Querying;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ArvexLab.Graph.GraphQL.Paging;

/// <summary>
/// Declares a connection field: <c>first/after/last/before</c>, optional <c>where</c> and <c>order</c>,
/// resolved with keyset paging either from a root query or, batched, per parent object.
/// </summary>
public sealed class ConnectionField<T> where T : class
{
    internal ConnectionField(FieldType field) => Field = field;

    /// <summary>The underlying field, for metadata such as authorization.</summary>
    public FieldType Field { get; }

    public ConnectionField<T> Description(string description)
    {
        Field.Description = description;
        return this;
    }

    public ConnectionField<T> Filter<TFilterType>() where TFilterType : IInputObjectGraphType
    {
        Field.Arguments!.Add(new QueryArgument<TFilterType> { Name = "where", Description = "Only items matching this filter." });
        return this;
    }

    public ConnectionField<T> Sort<TSortType>() where TSortType : IInputObjectGraphType
    {
        Field.Arguments!.Add(new QueryArgument<ListGraphType<NonNullGraphType<TSortType>>>
        {
            Name = "order",
            Description = "Sort keys in priority order, e.g. `[{ name: ASC }]`; the ID breaks ties.",
        });
        return this;
    }

    /// <summary>A top-level list: one query for the page, one more only if totalCount is selected.</summary>
    public ConnectionField<T> Resolve(Func<IResolveFieldContext, IQueryScope, IQueryable<T>> source)
    {
        Field.Resolver = new FuncFieldResolver<object>(async ctx =>
        {
            var query = ConnectionQuery<T>.From(ctx, Options(ctx));
            var scopes = ctx.RequestServices!.GetRequiredService<IQueryScopeFactory>();
            List<T> rows;
            await using (var scope = scopes.Open())
            {
                var page = KeysetExpressions.ApplyOrder(query.Apply(source(ctx, scope)), query.PageOrder).Take(query.Page.Size + 1);
                if (SelectionProjection.ForConnection<T>(ctx, query.Sort) is { } projection)
                {
                    page = page.Select(projection);
                }

                rows = await page.ToListAsync(ctx.CancellationToken).ConfigureAwait(false);
            }

            // The count runs after this resolver returned, when GraphQL.NET has reused ctx for other fields:
            // a copy keeps the arguments the source reads.
            var countContext = new ResolveFieldContext(ctx);
            return query.ToConnection(rows, () => new DeferredResult<int>(async ct =>
            {
                await using var scope = scopes.Open();
                return await query.Filtered(source(countContext, scope)).CountAsync(ct).ConfigureAwait(false);
            }));
        });
        return this;
    }

    /// <summary>
    /// A list under a parent object (vendor → documents): the pages of all parents at one field level
    /// load in one query, and their totals in one more when selected.
    /// </summary>
    public ConnectionField<T> ResolveChildren<TParent>(
        Func<TParent, long> parentKey, Expression<Func<T, long>> childKey, Func<IQueryScope, IQueryable<T>> source)
    {
        Field.Resolver = new FuncFieldResolver<object>(ctx =>
        {
            // Arguments and selection are the same for every parent of one field node, so the query, the
            // projection and the loaders are built once per node and request, not once per parent.
            var services = ctx.RequestServices!;
            var loaders = services.GetRequiredService<DataLoaderContext>();
            var level = loaders.GetOrAdd(new ChildLevelKey(ctx.ParentType, ctx.FieldAst), () => ChildLevel(ctx, services, loaders, childKey, source));
            var key = parentKey((TParent)ctx.Source!);
            return level.Pages.Load(key).Then(rows => level.Query.ToConnection(rows, () => level.Totals.Load(key)));
        });
        return this;
    }

    private ChildConnectionLevel<T> ChildLevel(IResolveFieldContext ctx, IServiceProvider services, DataLoaderContext loaders,
        Expression<Func<T, long>> childKey, Func<IQueryScope, IQueryable<T>> source)
    {
        var query = ConnectionQuery<T>.From(ctx, Options(ctx));
        var projection = SelectionProjection.ForConnection<T>(ctx, query.Sort);
        var scopes = services.GetRequiredService<IQueryScopeFactory>();
        var loaderKey = $"children:{ctx.ParentType.Name}.{Field.Name}:{ArgumentsSignature(ctx)}";

        var pages = loaders.GetOrAdd(loaderKey, () => new BatchLoader<long, List<T>>(async (parents, ct) =>
        {
            await using var scope = scopes.Open();
            return await ChildPageQuery.PagesAsync(query.Apply(source(scope)), childKey, parents,
                query.PageOrder, query.Page.Size + 1, projection, ct).ConfigureAwait(false);
        }, missing: []));
        var totals = loaders.GetOrAdd(loaderKey + ":count", () => new BatchLoader<long, int>(async (parents, ct) =>
        {
            await using var scope = scopes.Open();
            return await ChildPageQuery.CountsAsync(query.Filtered(source(scope)), childKey, parents, ct).ConfigureAwait(false);
        }, missing: 0));
        return new ChildConnectionLevel<T>(query, pages, totals);
    }

    private static PagingOptions Options(IResolveFieldContext ctx)
        => ctx.RequestServices?.GetService<IOptions<PagingOptions>>()?.Value ?? new PagingOptions();

    private static string ArgumentsSignature(IResolveFieldContext ctx)
        => ctx.Arguments is null ? "" : JsonSerializer.Serialize(ctx.Arguments.ToDictionary(a => a.Key, a => a.Value.Value));
}

/// <summary>One nested connection field node of a request: its parsed arguments and the loaders its parents share.</summary>
internal sealed record ChildConnectionLevel<T>(ConnectionQuery<T> Query, BatchLoader<long, List<T>> Pages, BatchLoader<long, int> Totals)
    where T : class;

/// <summary>Identifies a field node under a parent type by reference (the AST node is the same object for every parent).</summary>
internal sealed record ChildLevelKey(IGraphType ParentType, object FieldAst)
{
    public bool Equals(ChildLevelKey? other)
        => other is not null && ReferenceEquals(ParentType, other.ParentType) && ReferenceEquals(FieldAst, other.FieldAst);

    public override int GetHashCode() => HashCode.Combine(
        System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(ParentType), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(FieldAst));
}

/// <summary>Adds connection fields to object types.</summary>
public static class ConnectionFieldExtensions
{
    public static ConnectionField<T> Connection<T, TNodeType>(this IComplexGraphType type, string name)
        where T : class
        where TNodeType : IGraphType
    {
        var field = new FieldType
        {
            Name = name,
            Type = typeof(NonNullGraphType<ConnectionGraphType<TNodeType, T>>),
            Arguments = new QueryArguments(
                new QueryArgument<IntGraphType> { Name = "first", Description = "Items from the start (or after `after`); default 20, at most 100." },
                new QueryArgument<StringGraphType> { Name = "after", Description = "Cursor to continue forward from." },
                new QueryArgument<IntGraphType> { Name = "last", Description = "Items from the end (or before `before`); at most 100." },
                new QueryArgument<StringGraphType> { Name = "before", Description = "Cursor to continue backward from." }),
        };
        SelectionProjection.MarkReads(field); // loads by the parent's ID, which every projection keeps
        type.AddField(field);
        return new ConnectionField<T>(field);
    }
}
