namespace ArvexLab.Graph.Bench.Seeding;

/// <summary>Writes many rows of one entity type into its table by the provider's fastest path.</summary>
public interface IBulkTableWriter : IAsyncDisposable
{
    Task<long> WriteAsync<T>(IEnumerable<T> rows, CancellationToken cancellationToken) where T : class;

    /// <summary>Makes the written rows durable (commit) and brings identity generators past the explicit ids.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
