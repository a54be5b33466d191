namespace ArvexLab.Graph.Server.Data;

/// <summary>The scope's factory: contexts for the scope's tenant (request or system).</summary>
internal sealed class ScopedGraphDbContextFactory(GraphDbContextActivator activator, ITenantContext tenant) : IGraphDbContextFactory
{
    public GraphDbContext Create() => activator.Create(tenant);
}
