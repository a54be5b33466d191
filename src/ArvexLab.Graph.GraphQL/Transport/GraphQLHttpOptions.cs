namespace ArvexLab.Graph.GraphQL.Transport;

/// <summary>Transport limits of the <c>/graphql</c> endpoint (configuration section <c>GraphQL:Http</c>).</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Largest JSON request body accepted, in bytes; larger gets 413.</summary>
    public long MaxRequestBytes { get; set; } = 1_000_000;

    /// <summary>Most operations in one batched (JSON array) request; more gets 400.</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Whether JSON-array batches are accepted at all.</summary>
    public bool EnableBatching { get; set; } = true;
}
