using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArvexLab.Graph.Server.Features.Evidence.Import;

/// <summary>
/// The extraction tool's stdout JSON (issue 5's contract), read as data: the server depends on this shape, never on
/// the extraction library, so the tool can run in its own process (and be replaced) without the server changing.
/// Enum-like values stay strings (SOC2_TYPE_II, NO_EXCEPTIONS, CARVE_OUT); unknown values are tolerated.
/// </summary>
public sealed record ExtractionOutput
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string? Kind { get; init; }
    public int? PageCount { get; init; }
    public List<string> Warnings { get; init; } = [];
    public Dictionary<string, ExtractedFieldOutput> Fields { get; init; } = [];
    public List<ControlOutput> Controls { get; init; } = [];
    public List<ExceptionOutput> Exceptions { get; init; } = [];
    public List<CuecOutput> Cuecs { get; init; } = [];
    public List<SubserviceOrganizationOutput> SubserviceOrganizations { get; init; } = [];

    public static ExtractionOutput Parse(string json) =>
        JsonSerializer.Deserialize<ExtractionOutput>(json, Json) ?? throw new JsonException("The extraction output is null.");
}

/// <summary>Where an item was read: 1-based page and [x0, y0, x1, y1] in PDF points.</summary>
public interface ICitedOutput
{
    double Confidence { get; }
    int? Page { get; }
    double[]? Bbox { get; }
}

/// <summary>A named value: a string (dates are ISO-8601 strings) or a list of strings.</summary>
public sealed record ExtractedFieldOutput(JsonElement Value, double Confidence, int? Page, double[]? Bbox) : ICitedOutput
{
    /// <summary>The value as stored in a column: lists are joined with "; ".</summary>
    public string? Text => Value.ValueKind switch
    {
        JsonValueKind.String => Value.GetString(),
        JsonValueKind.Array => string.Join("; ", Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => Value.GetRawText(),
    };
}

public sealed record ControlOutput(
    string? Ref, string? Description, List<string>? Criteria, string? TestsPerformed, string? Result, string? ResultText,
    double Confidence, int? Page, double[]? Bbox) : ICitedOutput;

public sealed record ExceptionOutput(
    string? ControlRef, List<string>? Criteria, string? Description, string? ManagementResponse,
    double Confidence, int? Page, double[]? Bbox) : ICitedOutput;

public sealed record CuecOutput(string? Description, List<string>? Criteria, double Confidence, int? Page, double[]? Bbox) : ICitedOutput;

public sealed record SubserviceOrganizationOutput(string? Name, string? Services, string? Method, double Confidence, int? Page, double[]? Bbox)
    : ICitedOutput;

/// <summary>The tool's rejection of an input (exit code 2): <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ExtractionErrorOutput(ExtractionErrorBody? Error)
{
    public static ExtractionErrorOutput? TryParse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ExtractionErrorOutput>(json, ExtractionOutput.Json) is { Error.Code: { Length: > 0 } } parsed ? parsed : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

public sealed record ExtractionErrorBody(string? Code, string? Message);
