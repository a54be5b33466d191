using System.Buffers;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;

namespace ArvexLab.Graph.GraphQL.Transport;

/// <summary>Reads GraphQL requests from GET query strings and JSON POST bodies, enforcing size and batch limits.</summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, GraphQLHttpOptions options)
{
    public async Task<(IReadOnlyList<GraphQLRequest> Requests, bool IsBatch)> ReadAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method))
        {
            return ([FromQueryString(http.Request.Query)], false);
        }

        if (!MediaTypes.IsJson(http.Request.ContentType))
        {
            throw new TransportError(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                "POST bodies must be application/json (UTF-8).");
        }

        var body = await ReadBodyAsync(http).ConfigureAwait(false);
        var first = body.AsSpan().TrimStart(" \t\r\n"u8);
        try
        {
            var text = System.Text.Encoding.UTF8.GetString(body);
            if (first.Length > 0 && first[0] == (byte)'[')
            {
                var batch = serializer.Deserialize<GraphQLRequest[]>(text) ?? [];
                if (!options.EnableBatching || batch.Length == 0 || batch.Length > options.MaxBatchSize)
                {
                    throw new TransportError(StatusCodes.Status400BadRequest, "BATCH_REJECTED",
                        options.EnableBatching ? $"A batch holds 1 to {options.MaxBatchSize} operations." : "Batching is disabled.");
                }

                return (batch, true);
            }

            var single = serializer.Deserialize<GraphQLRequest>(text)
                ?? throw new TransportError(StatusCodes.Status400BadRequest, "INVALID_REQUEST", "The body is empty.");
            return ([single], false);
        }
        catch (Exception ex) when (ex is not TransportError)
        {
            throw new TransportError(StatusCodes.Status400BadRequest, "INVALID_JSON", "The body is not a valid GraphQL request in JSON.");
        }
    }

    private GraphQLRequest FromQueryString(IQueryCollection query)
    {
        try
        {
            return new GraphQLRequest
            {
                Query = query["query"].FirstOrDefault(),
                OperationName = query["operationName"].FirstOrDefault() is { Length: > 0 } name ? name : null,
                Variables = query["variables"].FirstOrDefault() is { Length: > 0 } v ? serializer.Deserialize<Inputs>(v) : null,
                Extensions = query["extensions"].FirstOrDefault() is { Length: > 0 } e ? serializer.Deserialize<Inputs>(e) : null,
            };
        }
        catch (Exception)
        {
            throw new TransportError(StatusCodes.Status400BadRequest, "INVALID_JSON", "`variables` and `extensions` must be JSON objects.");
        }
    }

    // Stops at the limit instead of buffering whatever a client sends.
    private async Task<byte[]> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength > options.MaxRequestBytes)
        {
            throw TooLarge();
        }

        var buffer = new ArrayBufferWriter<byte>();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.WrittenCount + read > options.MaxRequestBytes)
            {
                throw TooLarge();
            }

            buffer.Write(chunk.AsSpan(0, read));
        }

        return buffer.WrittenSpan.ToArray();
    }

    private TransportError TooLarge() => new(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE",
        $"The request body exceeds {options.MaxRequestBytes} bytes.");
}
