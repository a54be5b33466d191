using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

/// <summary>The JSON form of a <see cref="FrameworkDocument"/>: the format of the built-in catalog files and of export.</summary>
public static class FrameworkJsonFormat
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Catalog text is full of quotes and typographic characters; keep the files readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false) },
    };

    public static string Write(FrameworkDocument document) => JsonSerializer.Serialize(document, Options) + "\n";

    public static async Task WriteAsync(Stream stream, FrameworkDocument document, CancellationToken cancellationToken = default) =>
        await JsonSerializer.SerializeAsync(stream, document, Options, cancellationToken);

    /// <exception cref="FormatException">The text is not a framework document.</exception>
    public static FrameworkDocument Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<FrameworkDocument>(json, Options)
                ?? throw new FormatException("The JSON document is empty.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"Not a framework document: {e.Message}", e);
        }
    }

    public static async Task<FrameworkDocument> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(stream);
        return Read(await reader.ReadToEndAsync(cancellationToken));
    }
}
