using System.Text.Json;
using System.Text.Json.Nodes;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>
/// Issue 6's end-to-end path with the real extractor: every real PDF beside the repository uploaded through /graphql
/// (multipart, real token), extracted by the server's own workers in separate processes, and the expected findings
/// (the extraction project's reviewed *.expected.json for that PDF) read back from the graph.
/// </summary>
public sealed class RealPdfUploadTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    // The scanned certificate goes through OCR, which takes minutes on a busy machine.
    private static readonly Dictionary<string, string?> Settings = new(EvidenceHost.Workers(3))
    {
        ["Extraction:TimeoutSeconds"] = "300",
        // The test polls six documents until they are extracted; the per-client cost budget is not under test here.
        ["GraphQL:Protection:CostPointsPerMinute"] = "0",
        ["Extraction:LeaseSeconds"] = "400",
    };

    private const string Findings = """
        status failure { code message } kind pageCount
        fields(first: 100) { nodes { name value confidence citation { page bbox } reviewState } }
        controls(first: 1) { totalCount nodes { description confidence citation { page } } }
        controlExceptions(first: 100) { nodes { description } }
        cuecs(first: 100) { nodes { description } }
        subserviceOrganizations(first: 100) { nodes { name } }
        """;

    [ExtractionToolFact]
    public async Task Each_real_pdf_uploaded_through_graphql_is_extracted_into_its_expected_findings()
    {
        await using var host = await EvidenceHost.StartAsync(database, Settings);
        var expectedFiles = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "tests", "ArvexLab.Graph.Extraction.Tests", "Dev", "real"), "*.expected.json");
        var pdfs = Directory.GetFiles(RepositoryRoot.RealCorpus, "*.pdf");
        Assert.Equal(pdfs.Length, expectedFiles.Length);
        var vendorId = await EvidenceGraph.CreateVendorAsync(host.Client, "Real corpus vendor");

        var uploads = await Task.WhenAll(pdfs.Select(async pdf =>
        {
            var payload = EvidenceGraph.Payload(await EvidenceGraph.UploadFileAsync(host.Client, vendorId, pdf));
            Assert.Empty(payload["errors"]!.AsArray());
            return (Name: Path.GetFileNameWithoutExtension(pdf), Id: payload["document"]!["id"]!.GetValue<string>());
        }));
        var documents = await Task.WhenAll(uploads.Select(u => EvidenceGraph.WaitForExtractionAsync(host.Client, u.Id, TimeSpan.FromMinutes(8), Findings)));

        foreach (var ((name, _), document) in uploads.Zip(documents))
        {
            using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "tests", "ArvexLab.Graph.Extraction.Tests", "Dev", "real", name + ".expected.json")));
            AssertFindings(name, expected.RootElement, document);
        }
    }

    private static void AssertFindings(string name, JsonElement expected, JsonNode document)
    {
        Assert.True(document["status"]!.GetValue<string>() == "EXTRACTED", $"{name}: {document.ToJsonString()}");
        Assert.Equal(expected.GetProperty("kind").GetString(), document["kind"]!.GetValue<string>());
        Assert.True(document["pageCount"]!.GetValue<int>() >= 1);

        var fields = document["fields"]!["nodes"]!.AsArray().ToDictionary(f => f!["name"]!.GetValue<string>(), f => f!);
        foreach (var field in expected.GetProperty("fields").EnumerateObject())
        {
            var value = field.Value.GetProperty("value");
            var text = value.ValueKind == JsonValueKind.Array ? string.Join("; ", value.EnumerateArray().Select(v => v.GetString())) : value.GetString();
            Assert.True(fields.TryGetValue(field.Name, out var found), $"{name}: field {field.Name} missing");
            // OCR may read a dotted capital as a lower-case i (SiRKETI); the scan's other fields are exact.
            Assert.Equal(text, found["value"]!.GetValue<string>(), ignoreCase: true);
            Assert.InRange(found["confidence"]!.GetValue<double>(), 0.01, 1);
            Assert.True(found["citation"]!["page"]!.GetValue<int>() >= 1, $"{name}: {field.Name} has no page citation");
            Assert.Equal("PENDING", found["reviewState"]!.GetValue<string>());
        }

        AssertDescriptions(name, expected, "exceptions", document["controlExceptions"]!, "description");
        AssertDescriptions(name, expected, "cuecs", document["cuecs"]!, "description");
        AssertDescriptions(name, expected, "subserviceOrganizations", document["subserviceOrganizations"]!, "name");
        if (expected.GetProperty("kind").GetString()!.StartsWith("SOC2", StringComparison.Ordinal))
        {
            Assert.True(document["controls"]!["totalCount"]!.GetValue<int>() > 10, $"{name}: too few controls");
        }
    }

    private static void AssertDescriptions(string name, JsonElement expected, string property, JsonNode connection, string key)
    {
        if (!expected.TryGetProperty(property, out var items))
        {
            return;
        }

        var actual = connection["nodes"]!.AsArray().Select(n => n![key]!.GetValue<string>()).ToList();
        Assert.True(items.GetArrayLength() == actual.Count, $"{name}: {property} {actual.Count}, expected {items.GetArrayLength()}");
        foreach (var item in items.EnumerateArray())
        {
            var text = item.GetProperty(key).GetString()!;
            Assert.True(actual.Any(a => Covers(a, text)), $"{name}: {property} lacks \"{text}\" among {string.Join(" | ", actual)}");
        }
    }

    // The extractor may keep a neighbouring cell's words with an item (criteria printed beside a CUEC); the expected
    // item counts as found when at least 90 % of its words are in one extracted item.
    private static bool Covers(string actual, string expected)
    {
        var words = Words(actual).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var wanted = Words(expected).ToList();
        return wanted.Count > 0 && wanted.Count(words.Contains) >= 0.9 * wanted.Count;
    }

    private static IEnumerable<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{N}]+").Select(m => m.Value);
}
