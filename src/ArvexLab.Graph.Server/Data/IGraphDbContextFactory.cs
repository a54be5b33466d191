namespace ArvexLab.Graph.Server.Data;

/// <summary>Creates short-lived contexts for the current scope's tenant (one per resolver or batch).</summary>
public interface IGraphDbContextFactory
{
    GraphDbContext Create();
}
