using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ArvexLab.Graph.GraphQL.Transport;

/// <summary>
/// CSRF defence: a browser sends GET and "simple" POSTs (form, text/plain, multipart) cross-site
/// without asking first, so those must carry a custom header, which no cross-site page can add
/// without a CORS preflight that the allow-list then refuses. Form-encoded and text/plain bodies are
/// never executed (415 from the reader), so of the simple POSTs only multipart needs the header.
/// </summary>
public static class CrossSiteRequestCheck
{
    public const string HeaderName = "GraphQL-Require-Preflight";
    public const string PreflightRequired = "PREFLIGHT_REQUIRED";


    public static void Verify(HttpRequest request, GraphQLHttpOptions options)
    {
        if (!options.RequirePreflightHeader || !IsSimple(request) || request.Headers[HeaderName].Any(v => !string.IsNullOrWhiteSpace(v)))
        {
            return;
        }

        throw new TransportError(StatusCodes.Status400BadRequest, PreflightRequired,
            $"GET requests and form, text or multipart POSTs must carry a non-empty {HeaderName} header.");
    }

    public static bool IsSimple(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return true;
        }

        return MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && string.Equals(type.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase);
    }
}
