using ArvexLab.Graph.GraphQL.DataLoader;
using ArvexLab.Graph.GraphQL.Errors;
using ArvexLab.Graph.GraphQL.Paging;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Sync.Changes;

public static class ChangeQueries
{
    public const string CursorExpired = "CURSOR_EXPIRED";

    public static void AddChangeQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<ChangeType, Change>>>("changes")
            .Description("The organization's change feed, oldest first, gap-free and in commit order. Store `pageInfo.endCursor` and pass it "
                + "as `after` next time; an empty page keeps your cursor. A cursor older than the retention period is rejected with "
                + "CURSOR_EXPIRED: do a full read, then continue from `changeCursor` taken before it.")
            .Argument<StringGraphType>("after", "Continue after this cursor; omit to start at the beginning of the feed.")
            .Argument<IntGraphType>("first", "How many changes (default and maximum: see the docs, 100 and 500 unless configured).")
            .Argument<ListGraphType<NonNullGraphType<ChangeEntityTypeEnumType>>>("types", "Only changes of these kinds (cursors stay valid across filters).")
            .ResolveAsync(async ctx => await PageAsync(ctx));

        query.Field<NonNullGraphType<StringGraphType>>("changeCursor")
            .Description("A cursor at the current end of the change feed. Read it BEFORE a full read, then sync `changes(after:)` from it.")
            .ResolveAsync(async ctx =>
            {
                await using var db = Db(ctx);
                var last = await db.ChangeCounters.Where(c => c.OrganizationId == Organization(db))
                    .Select(c => (long?)c.LastSequence).FirstOrDefaultAsync(ctx.CancellationToken);
                return ChangeCursor.Encode(last ?? 0);
            });
    }

    private static async Task<Connection<Change>> PageAsync(IResolveFieldContext ctx)
    {
        var settings = ctx.RequestServices!.GetRequiredService<ChangeFeedSettings>();
        var first = ctx.GetArgument<int?>("first") ?? settings.DefaultPageSize;
        if (first < 0 || first > settings.MaxPageSize)
        {
            throw new GraphError(GraphErrorCodes.PageSizeExceeded, $"first must be between 0 and {settings.MaxPageSize}.");
        }

        var afterCursor = ctx.GetArgument<string?>("after");
        var after = ChangeCursor.Decode(afterCursor);
        var types = ctx.GetArgument<List<ChangeEntityType>?>("types");

        await using var db = Db(ctx);
        var organizationId = Organization(db);
        var query = db.Changes.AsNoTracking().Where(c => c.OrganizationId == organizationId && c.Sequence > after);
        if (types is { Count: > 0 })
        {
            query = query.Where(c => types.Contains(c.EntityType));
        }

        var rows = await query.OrderBy(c => c.Sequence).Take(first + 1).ToListAsync(ctx.CancellationToken);
        // Read after the page: retention deletes rows and raises PurgedThrough together, so a page that lost rows to a
        // concurrent purge always sees the raised mark here.
        var counter = await db.ChangeCounters.AsNoTracking().FirstOrDefaultAsync(c => c.OrganizationId == organizationId, ctx.CancellationToken);
        if (counter is not null && after < counter.PurgedThrough)
        {
            throw new GraphError(CursorExpired,
                "The cursor is older than the change feed's retention period; changes after it are gone. Resync: read `changeCursor`, "
                + "do a full read of the objects you mirror, then continue with changes(after: that cursor).");
        }

        if (after > (counter?.LastSequence ?? 0))
        {
            throw new GraphError(GraphErrorCodes.InvalidCursor, "The cursor does not belong to this organization's change feed.");
        }

        var page = rows.Take(first).ToList();
        var edges = page.Select(c => new Edge<Change>(ChangeCursor.Encode(c.Sequence), c)).ToList();
        var info = new PageInfo(
            HasNextPage: rows.Count > first,
            HasPreviousPage: after > 0,
            StartCursor: edges.FirstOrDefault()?.Cursor,
            EndCursor: edges.LastOrDefault()?.Cursor ?? afterCursor);
        return new Connection<Change>(edges, info, () => new DeferredResult<int>(async ct =>
        {
            await using var count = Db(ctx);
            var counted = count.Changes.Where(c => c.OrganizationId == organizationId && c.Sequence > after);
            return await (types is { Count: > 0 } ? counted.Where(c => types.Contains(c.EntityType)) : counted).CountAsync(ct);
        }));
    }

    private static long Organization(GraphDbContext db)
        => db.Tenant.OrganizationId ?? throw new GraphError(GraphErrorCodes.NotFound, "The change feed belongs to an organization.");

    private static GraphDbContext Db(IResolveFieldContext ctx)
        => ctx.RequestServices!.GetRequiredService<IGraphDbContextFactory>().Create();
}
