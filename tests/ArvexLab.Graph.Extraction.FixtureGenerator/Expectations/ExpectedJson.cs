using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;

/// <summary>
/// Writes the expected file in the extractor's output shape minus confidence and bbox.
/// Item properties that are absent from the document are written as explicit nulls,
/// so "a Type I control has no result" is checkable.
/// </summary>
public static class ExpectedJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ExpectedDocument d)
    {
        var root = new JsonObject();
        if (d.Exercises is not null)
            root["exercises"] = d.Exercises;
        if (d.Producer is not null)
            root["producer"] = d.Producer;
        root["kind"] = d.Kind.ToString();
        if (d.Error is not null)
        {
            root["error"] = d.Error;
            return root.ToJsonString(Options) + "\n";
        }
        root["pageCount"] = d.PageCount;
        var fields = new JsonObject();
        foreach (var (name, value) in d.Fields)
            fields[name] = new JsonObject { ["value"] = ToNode(value) };
        root["fields"] = fields;
        root["controls"] = Array(d.Controls.Select(c => new JsonObject
        {
            ["ref"] = c.Ref,
            ["description"] = c.Description,
            ["criteria"] = Strings(c.Criteria),
            ["testsPerformed"] = c.TestsPerformed,
            ["result"] = c.Result?.ToString(),
            ["resultText"] = c.ResultText,
        }));
        root["exceptions"] = Array(d.Exceptions.Select(e => new JsonObject
        {
            ["controlRef"] = e.ControlRef,
            ["criteria"] = Strings(e.Criteria),
            ["description"] = e.Description,
            ["managementResponse"] = e.ManagementResponse,
        }));
        root["cuecs"] = Array(d.Cuecs.Select(c => new JsonObject
        {
            ["description"] = c.Description,
            ["criteria"] = Strings(c.Criteria),
        }));
        root["subserviceOrganizations"] = Array(d.SubserviceOrganizations.Select(s => new JsonObject
        {
            ["name"] = s.Name,
            ["services"] = s.Services,
            ["method"] = s.Method.ToString(),
        }));
        return root.ToJsonString(Options) + "\n";
    }

    private static JsonNode? ToNode(object value) => value switch
    {
        string s => JsonValue.Create(s),
        IEnumerable<string> list => Strings(list),
        _ => throw new ArgumentException($"Unsupported field value {value.GetType()}"),
    };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    private static JsonArray Array(IEnumerable<JsonObject> items) => new([.. items.Cast<JsonNode?>()]);
}
