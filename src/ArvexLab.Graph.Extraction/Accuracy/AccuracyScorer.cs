using System.Text.Json;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Accuracy;

/// <summary>
/// Scores the extractor against <c>*.expected.json</c> files: same shape as the tool's output,
/// holding only what is to be checked, plus an optional <c>"pdf"</c> path relative to the file.
/// Fields compare normalised (dates as ISO, text case/punctuation-insensitive, long text by token
/// overlap) and accept the file's <c>aliases</c>; a field in <c>imageOnlyFields</c> counts only when
/// extracted. Items match by the rules of <see cref="FindingMatch"/>: controls on ref + result (description when no
/// ref); exceptions on control ref + description; CUECs and subservice organizations on description/name token overlap.
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

        return Score(root, actual, score);
    }

    /// <summary>
    /// Scores an actual result (the tool's output shape: an extraction, or findings read back from elsewhere) against
    /// an expected file's root element.
    /// </summary>
    public static DocumentScore Score(JsonElement expected, JsonElement actual, string name) =>
        Score(expected, actual, new DocumentScore { Name = name });

    private static DocumentScore Score(JsonElement root, JsonElement actual, DocumentScore score)
    {
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
        foreach (var list in AccuracyReport.ListNames)
        {
            ScoreList(root, actual, score, list, FindingMatch.ForList(list));
        }

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
                : has && FindingMatch.Field(expected, field.Name, want, got.GetProperty("value"));
            if (correct)
            {
                score.FieldsCorrect++;
            }
            else
            {
                (has ? score.WrongFields : score.AbsentFields).Add(field.Name);
                score.FieldMisses.Add($"{field.Name}: expected {want.GetRawText()} got {(has ? got.GetProperty("value").GetRawText() : "nothing")}");
            }

            if (has)
            {
                score.Items.Add((got.GetProperty("confidence").GetDouble(), correct));
            }
        }
    }

    private static void ScoreList(JsonElement expected, JsonElement actual, DocumentScore score, string name, Func<JsonElement, JsonElement, bool> match)
    {
        if (!expected.TryGetProperty(name, out var wanted))
        {
            return;
        }

        var got = actual.GetProperty(name).EnumerateArray().ToList();
        var assigned = FindingMatch.Assign(wanted, got, match);
        var used = Enumerable.Range(0, got.Count).Select(i => assigned.Contains(i)).ToArray();
        var list = new ListScore { Expected = wanted.GetArrayLength(), Actual = got.Count, Matched = assigned.Count(i => i >= 0) };

        for (var i = 0; i < got.Count; i++)
        {
            score.Items.Add((got[i].GetProperty("confidence").GetDouble(), used[i]));
        }

        score.Lists[name] = list;
    }
}
