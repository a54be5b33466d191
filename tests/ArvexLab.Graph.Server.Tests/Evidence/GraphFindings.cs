using System.Text.Json;
using System.Text.Json.Nodes;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>
/// A document's findings read back from the graph, reshaped into the extraction tool's output (camelCase JSON), so the
/// extraction project's accuracy rules (<c>FindingMatch</c>, <c>AccuracyScorer.Score</c>) hold them to the same
/// expected file as the extractor itself.
/// </summary>
public static class GraphFindings
{
    public const string Selection = """
        status failure { code message } kind pageCount
        fields(first: 100) { nodes { name value confidence citation { page bbox } reviewState } }
        controlExceptions(first: 100) { nodes { controlRef criteria description managementResponse confidence citation { page } reviewState } }
        cuecs(first: 100) { nodes { description criteria confidence citation { page } reviewState } }
        subserviceOrganizations(first: 100) { nodes { name services method confidence citation { page } reviewState } }
        """;

    private const string ControlsPage = """
        query($id: ID!, $after: String) { evidenceDocument(id: $id) {
          controls(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
            nodes { ref description criteria result resultText confidence citation { page } reviewState } } } }
        """;

    /// <summary>Every control of the document, page by page (a report holds more than one page of them).</summary>
    public static async Task<List<JsonNode>> ControlsAsync(GraphClient client, string documentId)
    {
        var controls = new List<JsonNode>();
        string? after = null;
        while (true)
        {
            var connection = (await client.DataAsync(ControlsPage, new { id = documentId, after }))["evidenceDocument"]!["controls"]!;
            controls.AddRange(connection["nodes"]!.AsArray().Select(n => n!));
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return controls;
            }

            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }

    /// <summary>
    /// The tool's shape: fields keyed by name (a list value, stored joined with "; ", split back where the expected
    /// value is a list), items with their page; an UNKNOWN control result is the tool's null (Type I).
    /// </summary>
    public static JsonElement AsExtraction(JsonNode document, IEnumerable<JsonNode> controls, JsonElement expected)
    {
        var fields = new JsonObject();
        foreach (var field in Nodes(document["fields"]))
        {
            var name = field["name"]!.GetValue<string>();
            var value = field["value"]!.GetValue<string>();
            var isList = expected.GetProperty("fields").TryGetProperty(name, out var want) && want.GetProperty("value").ValueKind == JsonValueKind.Array;
            fields[name] = new JsonObject
            {
                ["value"] = isList ? new JsonArray(value.Split("; ").Select(v => (JsonNode)JsonValue.Create(v)).ToArray()) : value,
                ["confidence"] = field["confidence"]!.GetValue<double>(),
            };
        }

        var shaped = new JsonObject
        {
            ["kind"] = document["kind"]!.GetValue<string>(),
            ["pageCount"] = document["pageCount"]!.GetValue<int>(),
            ["fields"] = fields,
            ["controls"] = Items(controls, c => c["result"] = c["result"]!.GetValue<string>() == "UNKNOWN" ? null : c["result"]!.GetValue<string>()),
            ["exceptions"] = Items(Nodes(document["controlExceptions"])),
            ["cuecs"] = Items(Nodes(document["cuecs"])),
            ["subserviceOrganizations"] = Items(Nodes(document["subserviceOrganizations"])),
        };
        return JsonSerializer.SerializeToElement(shaped);
    }

    /// <summary>Every finding node of the document (fields and items), for the checks the graph adds.</summary>
    public static IEnumerable<(string What, JsonNode Node)> All(JsonNode document, IEnumerable<JsonNode> controls) =>
        new[] { "fields", "controlExceptions", "cuecs", "subserviceOrganizations" }
            .SelectMany(list => Nodes(document[list]).Select(n => (list, n)))
            .Concat(controls.Select(c => ("controls", c)));

    private static IEnumerable<JsonNode> Nodes(JsonNode? connection) => connection!["nodes"]!.AsArray().Select(n => n!);

    private static JsonArray Items(IEnumerable<JsonNode> nodes, Action<JsonObject>? adjust = null) =>
        new(nodes.Select(n =>
        {
            var item = n.DeepClone().AsObject();
            adjust?.Invoke(item);
            return (JsonNode)item;
        }).ToArray());
}
