using System.Text.Json;
using ArvexLab.Graph.GraphQL.Transport;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ArvexLab.Graph.GraphQL.Persisted;

/// <summary>
/// Resolves <c>documentId</c> to a registered document and, for the clients configured to, refuses
/// any document that is not registered: a stolen partner token then cannot run arbitrary queries.
/// </summary>
public sealed class PersistedDocuments
{
    public const string UnknownDocument = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string PersistedOnly = "PERSISTED_DOCUMENT_REQUIRED";
    private const string Prefix = "sha256:";

    private readonly Dictionary<string, string> documents;
    private readonly HashSet<string> restricted;

    public PersistedDocuments(IOptions<PersistedDocumentOptions> options)
    {
        var path = options.Value.ManifestPath;
        var manifest = string.IsNullOrEmpty(path)
            ? []
            : JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? [];
        documents = manifest.ToDictionary(p => Strip(p.Key), p => p.Value, StringComparer.Ordinal);
        restricted = new HashSet<string>(options.Value.RequireForClients, StringComparer.Ordinal);
    }

    public int Count => documents.Count;

    /// <summary>Fills in the query of a <c>documentId</c> request, or refuses the request.</summary>
    public void Resolve(GraphQLRequest request, HttpContext http)
    {
        if (request.DocumentId is { } id)
        {
            request.Query = documents.TryGetValue(Strip(id), out var query)
                ? query
                : throw new TransportError(StatusCodes.Status400BadRequest, UnknownDocument, "No document is registered under this `documentId`.");
            request.DocumentId = null;
            return;
        }

        var client = http.User.FindFirst("client_id")?.Value ?? http.User.FindFirst("azp")?.Value;
        if (restricted.Contains("*") || (client is not null && restricted.Contains(client)))
        {
            throw new TransportError(StatusCodes.Status400BadRequest, PersistedOnly, "This client may only run registered documents; send `documentId`.");
        }
    }

    private static string Strip(string id) => id.StartsWith(Prefix, StringComparison.Ordinal) ? id[Prefix.Length..] : id;
}
