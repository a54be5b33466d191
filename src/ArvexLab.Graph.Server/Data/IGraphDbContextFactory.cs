namespace ArvexLab.Graph.Server.Data;

/// <summary>
/// Creates a short-lived context for the current scope's tenant. The GraphQL layer takes one per DataLoader
/// batch or resolver (a DbContext is not thread-safe, and parallel resolvers must never share one); the caller disposes it.
/// </summary>
public interface IGraphDbContextFactory
{
    GraphDbContext Create();
}
