using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Graph;

/// <summary>
/// Query scopes over a tenant-filtered, no-tracking DbContext each, leased from the pool: a DataLoader batch opens
/// one, so reusing contexts saves building EF Core's per-context services for every batch. Each scope still has a
/// context of its own (parallel resolvers never share one), and the context forgets the tenant when returned.
/// </summary>
public sealed class DbQueryScopeFactory(GraphDbContextActivator activator, ITenantContext tenant) : IQueryScopeFactory
{
    public IQueryScope Open() => new Scope(activator.Lease(tenant));

    private sealed class Scope(GraphDbContext db) : IQueryScope
    {
        public IQueryable<T> Set<T>() where T : class => db.Set<T>().AsNoTracking();

        public ValueTask DisposeAsync() => db.DisposeAsync();
    }
}
