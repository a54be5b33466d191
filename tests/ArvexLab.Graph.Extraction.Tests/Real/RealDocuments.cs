using System.Collections.Concurrent;
using System.Text.Json;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Tests.Real;

/// <summary>
/// The real documents' expected files (<c>Fixtures/real</c>, the one source of truth for them) and each document
/// extracted once per test run, as the tool's JSON output, shared by the tests that read it.
/// </summary>
public static class RealDocuments
{
    private static readonly ConcurrentDictionary<string, Lazy<(JsonElement Expected, JsonElement Actual)>> Cache = new();

    public static string Folder => Path.Combine(RepositoryPaths.Fixtures, "real");

    public static TheoryData<string> Names() =>
        new(Directory.EnumerateFiles(Folder, "*.expected.json").Select(f => Path.GetFileName(f)[..^".expected.json".Length]).Order(StringComparer.Ordinal));

    public static JsonElement Expected(string name) => Get(name).Expected;

    public static JsonElement Actual(string name) => Get(name).Actual;

    /// <summary>The PDF the expected file points at (its <c>pdf</c> property, relative to the file).</summary>
    public static string Pdf(string name) =>
        Path.GetFullPath(Path.Combine(Folder, Expected(name).GetProperty("pdf").GetString()!));

    public static bool RequiresOcr(string name) =>
        Expected(name).TryGetProperty("requiresOcr", out var ocr) && ocr.GetBoolean();

    private static (JsonElement Expected, JsonElement Actual) Get(string name) =>
        Cache.GetOrAdd(name, n => new Lazy<(JsonElement, JsonElement)>(() => Load(n))).Value;

    private static (JsonElement, JsonElement) Load(string name)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".expected.json"))).RootElement;
        var pdf = Path.GetFullPath(Path.Combine(Folder, expected.GetProperty("pdf").GetString()!));
        using var stream = File.OpenRead(pdf);
        var result = EvidenceExtractor.Extract(stream, new ExtractionOptions());
        return (expected, JsonDocument.Parse(ExtractionResultJson.Serialize(result)).RootElement);
    }
}
