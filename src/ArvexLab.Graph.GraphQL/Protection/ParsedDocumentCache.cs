using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace ArvexLab.Graph.GraphQL.Protection;

/// <summary>
/// Documents that passed <see cref="DocumentLimits"/>, by query text: clients send the same few
/// operations over and over, and lexing, parsing and the syntax walk were a fixed cost of every
/// request. Validation (and so cost analysis and the rate limit) still runs per request, because it
/// depends on the variables, the user and the budget. A document is shared read-only between requests,
/// as GraphQL.NET's own document cache does. Bounded: when full it starts over.
/// </summary>
public sealed class ParsedDocumentCache
{
    /// <summary>How many distinct documents are kept before the cache starts over.</summary>
    public const int Capacity = 1000;

    private readonly ConcurrentDictionary<string, (GraphQLProtectionOptions Limits, GraphQLDocument Document)> _documents = new(StringComparer.Ordinal);

    /// <summary>The checked document for <paramref name="query"/>; refusals are thrown as by <see cref="DocumentLimits.Parse"/> and never cached.</summary>
    public GraphQLDocument Parse(string query, GraphQLProtectionOptions options)
    {
        // Limits can be reconfigured: a document checked under other options is checked again.
        if (_documents.TryGetValue(query, out var cached) && ReferenceEquals(cached.Limits, options))
        {
            return cached.Document;
        }

        var document = DocumentLimits.Parse(query, options);
        if (_documents.Count >= Capacity)
        {
            _documents.Clear();
        }

        _documents[query] = (options, document);
        return document;
    }
}
