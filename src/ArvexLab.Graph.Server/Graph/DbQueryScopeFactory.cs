using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Graph;

/// <summary>Query scopes over a fresh, tenant-filtered, no-tracking DbContext each.</summary>
public sealed class DbQueryScopeFactory(IGraphDbContextFactory contexts) : IQueryScopeFactory
{
    public IQueryScope Open() => new Scope(contexts.Create());

    private sealed class Scope(GraphDbContext db) : IQueryScope
    {
        public IQueryable<T> Set<T>() where T : class => db.Set<T>().AsNoTracking();

        public ValueTask DisposeAsync() => db.DisposeAsync();
    }
}
