using System.Text.Json;
using ArvexLab.Graph.GraphQL.Transport;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ArvexLab.Graph.GraphQL.Upload;

/// <summary>
/// Reads a GraphQL multipart request (jaydenseric/graphql-multipart-request-spec): an
/// <c>operations</c> part, a <c>map</c> part, then the files, streamed one by one to temp files with
/// the size and count limits checked while reading, so nothing over a limit is ever buffered.
/// </summary>
internal sealed class MultipartRequestReader(IGraphQLTextSerializer serializer, GraphQLHttpOptions http, UploadOptions options)
{
    public const string FileTooLarge = "FILE_TOO_LARGE";
    public const string TooManyFiles = "TOO_MANY_FILES";
    public const string InvalidMultipart = "INVALID_MULTIPART";

    private static readonly string TempFolder = Path.Combine(Path.GetTempPath(), "graphql-uploads");

    public async Task<(IReadOnlyList<GraphQLRequest> Requests, bool IsBatch)> ReadAsync(HttpContext context)
    {
        if (!options.Enabled)
        {
            throw new TransportError(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "File uploads are disabled.");
        }

        var limit = options.MaxFiles * (options.MaxFileBytes + 16_384) + 2 * http.MaxRequestBytes;
        if (context.Request.ContentLength > limit)
        {
            throw new TransportError(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", $"The request exceeds {limit} bytes.");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(context.Request.ContentType).Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            throw Invalid("The multipart request has no boundary.");
        }

        var reader = new MultipartReader(boundary, context.Request.Body) { BodyLengthLimit = null };
        var operations = await ReadTextPartAsync(reader, "operations", context.RequestAborted).ConfigureAwait(false);
        var map = ParseMap(await ReadTextPartAsync(reader, "map", context.RequestAborted).ConfigureAwait(false));
        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        while (await reader.ReadNextSectionAsync(context.RequestAborted).ConfigureAwait(false) is { } section)
        {
            var disposition = ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var parsed) ? parsed : null;
            var name = HeaderUtilities.RemoveQuotes(disposition?.Name ?? default).Value;
            if (name is null || !map.ContainsKey(name))
            {
                continue;
            }

            if (files.Count == options.MaxFiles)
            {
                throw new TransportError(StatusCodes.Status413PayloadTooLarge, TooManyFiles, $"A request carries at most {options.MaxFiles} files.");
            }

            var fileName = HeaderUtilities.RemoveQuotes(disposition!.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? name;
            var file = await SaveAsync(section.Body, fileName, section.ContentType, context.RequestAborted).ConfigureAwait(false);
            context.Response.RegisterForDispose(file);
            files[name] = file;
        }

        return UploadVariables.Apply(serializer, operations, map, files);
    }

    private async Task<string> ReadTextPartAsync(MultipartReader reader, string expected, CancellationToken cancel)
    {
        var section = await reader.ReadNextSectionAsync(cancel).ConfigureAwait(false);
        if (section is null || !ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
            || HeaderUtilities.RemoveQuotes(disposition.Name).Value != expected)
        {
            throw Invalid($"The multipart request must start with the `operations` and `map` parts; `{expected}` is missing.");
        }

        using var text = new StreamReader(section.Body);
        var buffer = new char[16_384];
        var builder = new System.Text.StringBuilder();
        int read;
        while ((read = await text.ReadAsync(buffer, cancel).ConfigureAwait(false)) > 0)
        {
            if (builder.Length + read > http.MaxRequestBytes)
            {
                throw new TransportError(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", $"The `{expected}` part exceeds {http.MaxRequestBytes} bytes.");
            }

            builder.Append(buffer, 0, read);
        }

        return builder.ToString();
    }

    private static Dictionary<string, string[]> ParseMap(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string[]>>(json) ?? throw Invalid("The `map` part is empty.");
        }
        catch (JsonException)
        {
            throw Invalid("The `map` part must be a JSON object of file keys to arrays of variable paths.");
        }
    }

    private async Task<UploadedFile> SaveAsync(Stream body, string fileName, string? contentType, CancellationToken cancel)
    {
        Directory.CreateDirectory(TempFolder);
        var path = Path.Combine(TempFolder, Guid.NewGuid().ToString("N"));
        long length = 0;
        try
        {
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81_920, FileOptions.Asynchronous);
            var chunk = new byte[81_920];
            int read;
            while ((read = await body.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length > options.MaxFileBytes)
                {
                    throw new TransportError(StatusCodes.Status413PayloadTooLarge, FileTooLarge, $"A file may have at most {options.MaxFileBytes} bytes.");
                }

                await target.WriteAsync(chunk.AsMemory(0, read), cancel).ConfigureAwait(false);
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        return new UploadedFile(Path.GetFileName(fileName), contentType, path, length);
    }

    internal static TransportError Invalid(string message) => new(StatusCodes.Status400BadRequest, InvalidMultipart, message);
}
