using Microsoft.Net.Http.Headers;

namespace ArvexLab.Graph.GraphQL.Transport;

/// <summary>Media types of the GraphQL-over-HTTP specification and the response type negotiation.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// Picks the response media type from an Accept header: the GraphQL response type when the client
    /// accepts it (or anything), plain JSON for legacy clients, null when neither is acceptable.
    /// A missing Accept header means application/json, as the specification says.
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList([accept], out var ranges))
        {
            return Json;
        }

        bool Accepts(string type) => ranges.Any(r => (r.Quality ?? 1) > 0 && MediaTypeMatches(r, type));
        return Accepts(GraphQLResponse) ? GraphQLResponse : Accepts(Json) ? Json : null;
    }

    private static bool MediaTypeMatches(MediaTypeHeaderValue range, string type)
    {
        var value = range.MediaType.Value ?? "";
        return value == "*/*" || value == "application/*" || string.Equals(value, type, StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsJson(string? contentType)
        => MediaTypeHeaderValue.TryParse(contentType, out var parsed)
           && (string.Equals(parsed.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
               || string.Equals(parsed.MediaType.Value, GraphQLResponse, StringComparison.OrdinalIgnoreCase))
           && (parsed.Charset.Value is null || string.Equals(parsed.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));
}
