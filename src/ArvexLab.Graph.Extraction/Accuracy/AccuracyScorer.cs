using System.Text.Json;
using ArvexLab.Graph.Extraction.Model;
using ArvexLab.Graph.Extraction.Semantics;

namespace ArvexLab.Graph.Extraction.Accuracy;

/// <summary>
/// Scores the extractor against <c>*.expected.json</c> files: same shape as the tool's output,
/// holding only what is to be checked, plus an optional <c>"pdf"</c> path relative to the file.
/// Fields compare normalised (dates as ISO, text case/punctuation-insensitive, long text by token
/// overlap) and accept the file's <c>aliases</c>; a field in <c>imageOnlyFields</c> counts only when
/// extracted. Controls match on ref + result (description when no ref); exceptions on control ref +
/// description; CUECs and subservice organizations on description/name token overlap.
/// </summary>
public static class AccuracyScorer
{
    public static AccuracyReport ScoreFolder(string folder, ExtractionOptions options)
    {
        var report = new AccuracyReport();
        foreach (var file in Directory.EnumerateFiles(folder, "*.expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            report.Documents.Add(ScoreFile(file, Path.GetRelativePath(folder, file), options));
        }

        return report;
    }

    public static DocumentScore ScoreFile(string expectedPath, string name, ExtractionOptions options)
    {
        var score = new DocumentScore { Name = name.Replace(".expected.json", string.Empty, StringComparison.Ordinal) };
        using var expected = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var root = expected.RootElement;
        var pdf = root.TryGetProperty("pdf", out var p) && p.GetString() is { } rel
            ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(expectedPath)!, rel))
            : expectedPath[..^".expected.json".Length] + ".pdf";

        JsonElement actual;
        try
        {
            using var stream = File.OpenRead(pdf);
            var result = new EvidenceExtractor().Run(stream, options);
            actual = JsonDocument.Parse(ExtractionResultJson.Serialize(result)).RootElement;
        }
        catch (ExtractionException e)
        {
            actual = JsonDocument.Parse(ExtractionResultJson.SerializeError(e.Code, e.Message)).RootElement;
        }
        catch (IOException e)
        {
            score.Error = "missing pdf: " + e.Message;
            return score;
        }

        if (root.TryGetProperty("error", out var expectedError))
        {
            var code = actual.TryGetProperty("error", out var ae) ? ae.GetProperty("code").GetString() : null;
            var want = expectedError.ValueKind == JsonValueKind.String ? expectedError.GetString() : expectedError.GetProperty("code").GetString();
            score.KindCorrect = code == want;
            if (!score.KindCorrect.Value)
            {
                score.Error = $"expected {want}, got {code ?? "a result"}";
            }

            return score;
        }

        if (actual.TryGetProperty("error", out var unexpected))
        {
            score.Error = unexpected.GetProperty("code").GetString();
            score.KindCorrect = false;
            return score;
        }

        if (root.TryGetProperty("kind", out var kind))
        {
            score.KindCorrect = kind.GetString() == actual.GetProperty("kind").GetString();
        }

        ScoreFields(root, actual, score);
        ScoreList(root, actual, score, "controls", ControlsMatch);
        ScoreList(root, actual, score, "exceptions", (e, a) => Same(Str(e, "controlRef"), Str(a, "controlRef")) && TextNormal.Jaccard(Str(e, "description") ?? string.Empty, Str(a, "description") ?? string.Empty) >= 0.5);
        ScoreList(root, actual, score, "cuecs", (e, a) => TextNormal.Jaccard(Str(e, "description") ?? string.Empty, Str(a, "description") ?? string.Empty) >= 0.6);
        ScoreList(root, actual, score, "subserviceOrganizations", (e, a) => NameMatch(Str(e, "name"), Str(a, "name")));
        return score;
    }

    private static void ScoreFields(JsonElement expected, JsonElement actual, DocumentScore score)
    {
        if (!expected.TryGetProperty("fields", out var fields))
        {
            return;
        }

        var actualFields = actual.GetProperty("fields");
        var imageOnly = expected.TryGetProperty("imageOnlyFields", out var io)
            ? io.EnumerateArray().Select(f => f.GetString()).ToHashSet()
            : [];
        foreach (var field in fields.EnumerateObject())
        {
            var want = field.Value.ValueKind == JsonValueKind.Object && field.Value.TryGetProperty("value", out var v) ? v : field.Value;
            var has = actualFields.TryGetProperty(field.Name, out var got);
            if (!has && imageOnly.Contains(field.Name))
            {
                // Printed only inside images: not in the text layer, so missing it is no extraction error.
                continue;
            }

            score.FieldsChecked++;
            var correct = want.ValueKind == JsonValueKind.Null
                ? !has
                : has && (ValueMatch(want, got.GetProperty("value")) || Aliases(expected, field.Name).Any(a => ValueMatch(a, got.GetProperty("value"))));
            if (correct)
            {
                score.FieldsCorrect++;
            }
            else
            {
                score.FieldMisses.Add($"{field.Name}: expected {want.GetRawText()} got {(has ? got.GetProperty("value").GetRawText() : "nothing")}");
            }

            if (has)
            {
                score.Items.Add((got.GetProperty("confidence").GetDouble(), correct));
            }
        }
    }

    /// <summary>Other spellings the document itself prints for a field's value (e.g. an acronym of the body).</summary>
    private static IEnumerable<JsonElement> Aliases(JsonElement expected, string field) =>
        expected.TryGetProperty("aliases", out var aliases) && aliases.TryGetProperty(field, out var list)
            ? list.EnumerateArray()
            : [];

    private static void ScoreList(JsonElement expected, JsonElement actual, DocumentScore score, string name, Func<JsonElement, JsonElement, bool> match)
    {
        if (!expected.TryGetProperty(name, out var wanted))
        {
            return;
        }

        var got = actual.GetProperty(name).EnumerateArray().ToList();
        var used = new bool[got.Count];
        var list = new ListScore { Expected = wanted.GetArrayLength(), Actual = got.Count };
        foreach (var w in wanted.EnumerateArray())
        {
            for (var i = 0; i < got.Count; i++)
            {
                if (!used[i] && match(w, got[i]))
                {
                    used[i] = true;
                    list.Matched++;
                    break;
                }
            }
        }

        for (var i = 0; i < got.Count; i++)
        {
            score.Items.Add((got[i].GetProperty("confidence").GetDouble(), used[i]));
        }

        score.Lists[name] = list;
    }

    private static bool ControlsMatch(JsonElement e, JsonElement a)
    {
        var sameResult = Str(e, "result") is not { } r || r == Str(a, "result");
        return Str(e, "ref") is { } reference
            ? sameResult && Same(reference, Str(a, "ref"))
            : sameResult && TextNormal.Jaccard(Str(e, "description") ?? string.Empty, Str(a, "description") ?? string.Empty) >= 0.6;
    }

    private static bool ValueMatch(JsonElement want, JsonElement got)
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

    private static bool NameMatch(string? e, string? a)
    {
        if (e is null || a is null)
        {
            return false;
        }

        var (ke, ka) = (TextNormal.Key(e), TextNormal.Key(a));
        return ke == ka || TextNormal.Jaccard(e, a) >= 0.6 || ka.Split(' ').Contains(ke) || ke.Split(' ').Contains(ka);
    }

    private static bool Same(string? a, string? b) =>
        a is null && b is null || a is not null && b is not null && TextNormal.Key(a).Replace(" ", string.Empty, StringComparison.Ordinal) == TextNormal.Key(b).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
