using System.Text.Json;
using ArvexLab.Graph.Extraction.Semantics;

namespace ArvexLab.Graph.Extraction.Accuracy;

/// <summary>
/// When an extracted value or item counts as the expected one. The scorer and the tests that hold a result (extracted
/// in process, or read back from the graph) to an expected file share these rules, so "right" means one thing.
/// Items are compared in the tool's output shape (camelCase JSON).
/// </summary>
public static class FindingMatch
{
    /// <summary>A field value: the expected value or one of the file's <c>aliases</c> for that field.</summary>
    public static bool Field(JsonElement expectedFile, string field, JsonElement want, JsonElement got) =>
        Value(want, got) || Aliases(expectedFile, field).Any(a => Value(a, got));

    /// <summary>Controls match on ref + result, or on description + result when the expected control has no ref.</summary>
    public static bool Control(JsonElement e, JsonElement a)
    {
        var sameResult = Str(e, "result") is not { } r || r == Str(a, "result");
        return Str(e, "ref") is { } reference
            ? sameResult && SameRef(reference, Str(a, "ref"))
            : sameResult && TextNormal.Jaccard(Str(e, "description") ?? string.Empty, Str(a, "description") ?? string.Empty) >= 0.6;
    }

    public static bool Exception(JsonElement e, JsonElement a) =>
        SameRef(Str(e, "controlRef"), Str(a, "controlRef")) && TextNormal.Jaccard(Str(e, "description") ?? string.Empty, Str(a, "description") ?? string.Empty) >= 0.5;

    public static bool Cuec(JsonElement e, JsonElement a) =>
        TextNormal.Jaccard(Str(e, "description") ?? string.Empty, Str(a, "description") ?? string.Empty) >= 0.6;

    /// <summary>Names match as keys, by token overlap, or when one is a word of the other ("Azure" in "Microsoft Azure").</summary>
    public static bool Subservice(JsonElement e, JsonElement a)
    {
        var (expected, actual) = (Str(e, "name"), Str(a, "name"));
        if (expected is null || actual is null)
        {
            return false;
        }

        var (ke, ka) = (TextNormal.Key(expected), TextNormal.Key(actual));
        return ke == ka || TextNormal.Jaccard(expected, actual) >= 0.6 || ka.Split(' ').Contains(ke) || ke.Split(' ').Contains(ka);
    }

    /// <summary>The item rule of one of <see cref="AccuracyReport.ListNames"/>.</summary>
    public static Func<JsonElement, JsonElement, bool> ForList(string list) => list switch
    {
        "controls" => Control,
        "exceptions" => Exception,
        "cuecs" => Cuec,
        "subserviceOrganizations" => Subservice,
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, "not an item list"),
    };

    /// <summary>
    /// Pairs each expected item with the first unused actual item it matches (in order, one-to-one); the actual is
    /// null when nothing matched.
    /// </summary>
    public static List<(JsonElement Expected, JsonElement? Actual)> Pair(JsonElement expected, IReadOnlyList<JsonElement> actual, Func<JsonElement, JsonElement, bool> match)
    {
        var assigned = Assign(expected, actual, match);
        return expected.EnumerateArray().Select((e, i) => (e, assigned[i] >= 0 ? actual[assigned[i]] : (JsonElement?)null)).ToList();
    }

    /// <summary>For each expected item, the index of the actual item it is paired with (see <see cref="Pair"/>), or -1.</summary>
    public static int[] Assign(JsonElement expected, IReadOnlyList<JsonElement> actual, Func<JsonElement, JsonElement, bool> match)
    {
        var used = new bool[actual.Count];
        return expected.EnumerateArray().Select(e =>
        {
            var index = Enumerable.Range(0, actual.Count).FirstOrDefault(i => !used[i] && match(e, actual[i]), -1);
            if (index >= 0)
            {
                used[index] = true;
            }

            return index;
        }).ToArray();
    }

    /// <summary>Criteria lists compare as sets of normalised ids.</summary>
    public static bool SameSet(JsonElement e, JsonElement a, string property) =>
        Set(e, property).SetEquals(Set(a, property));

    /// <summary>Texts compare case-, punctuation- and whitespace-insensitively, allowing a few words of difference.</summary>
    public static bool SameText(string? expected, string? actual) =>
        expected is null ? actual is null : actual is not null && (TextNormal.Key(expected) == TextNormal.Key(actual) || TextNormal.Jaccard(expected, actual) >= 0.8);

    public static bool Value(JsonElement want, JsonElement got)
    {
        if (want.ValueKind == JsonValueKind.Array)
        {
            var a = want.EnumerateArray().Select(x => TextNormal.Key(x.ToString())).Order().ToList();
            var b = got.ValueKind == JsonValueKind.Array ? got.EnumerateArray().Select(x => TextNormal.Key(x.ToString())).Order().ToList() : [];
            return a.SequenceEqual(b);
        }

        var x = want.ToString();
        var y = got.ToString();
        if (DateParser.FindFirst(x) is { } dx && dx.Length >= x.Trim().Length - 1)
        {
            return DateParser.FindFirst(y)?.Date == dx.Date;
        }

        var kx = TextNormal.Key(x);
        var ky = TextNormal.Key(y);
        return kx == ky || kx.Split(' ').Length >= 4 && TextNormal.Jaccard(x, y) >= 0.8;
    }

    /// <summary>Other spellings the document itself prints for a field's value (e.g. an acronym of the body).</summary>
    public static IEnumerable<JsonElement> Aliases(JsonElement expectedFile, string field) =>
        expectedFile.TryGetProperty("aliases", out var aliases) && aliases.TryGetProperty(field, out var list)
            ? list.EnumerateArray()
            : [];

    public static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool SameRef(string? a, string? b) =>
        a is null && b is null || a is not null && b is not null && TextNormal.Key(a).Replace(" ", string.Empty, StringComparison.Ordinal) == TextNormal.Key(b).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static HashSet<string> Set(JsonElement e, string property) =>
        e.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(x => TextNormal.Key(x.ToString())).ToHashSet()
            : [];
}
