namespace ArvexLab.Graph.GraphQL.Querying;

/// <summary>
/// A short-lived unit of work that yields queryable sets (an EF Core DbContext in practice). The
/// infrastructure opens one per resolver or per DataLoader batch, so no scope is ever shared between
/// resolvers running in parallel.
/// </summary>
public interface IQueryScope : IAsyncDisposable
{
    IQueryable<T> Set<T>() where T : class;
}

/// <summary>Opens <see cref="IQueryScope"/>s for the current request (and its user).</summary>
public interface IQueryScopeFactory
{
    IQueryScope Open();
}
