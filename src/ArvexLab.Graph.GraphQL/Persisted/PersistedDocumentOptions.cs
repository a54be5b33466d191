namespace ArvexLab.Graph.GraphQL.Persisted;

/// <summary>Registered ("persisted") operations (configuration section <c>GraphQL:PersistedDocuments</c>).</summary>
public sealed class PersistedDocumentOptions
{
    /// <summary>
    /// A JSON object of document id → document, as GraphQL Code Generator's client preset writes
    /// it (<c>persisted-documents.json</c>); ids may be sent with or without a <c>sha256:</c> prefix.
    /// Null means no registered documents.
    /// </summary>
    public string? ManifestPath { get; set; }

    /// <summary>OAuth client ids that may only run registered documents; <c>*</c> means every caller.</summary>
    public string[] RequireForClients { get; set; } = [];
}
