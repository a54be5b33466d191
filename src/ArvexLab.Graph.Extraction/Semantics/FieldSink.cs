using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Collects field candidates and keeps the strongest per field. Confidence comes from the
/// evidence: how specific the cue was (a labelled value beats a positional guess), whether the
/// value parsed unambiguously, and whether independent places in the document agree.
/// </summary>
public sealed class FieldSink
{
    private readonly Dictionary<string, List<(ExtractedField Field, string Key)>> candidates = [];

    public void Offer(string name, object value, double confidence, Citation? citation)
    {
        var key = Normalize(value);
        if (key.Length == 0)
        {
            return;
        }

        if (!candidates.TryGetValue(name, out var list))
        {
            candidates[name] = list = [];
        }

        list.Add((new ExtractedField(value, Math.Clamp(confidence, 0, 1), citation), key));
    }

    public bool Has(string name) => candidates.ContainsKey(name);

    public object? Best(string name) => Resolve(name)?.Value;

    public ExtractedField? Resolve(string name)
    {
        if (!candidates.TryGetValue(name, out var list) || list.Count == 0)
        {
            return null;
        }

        var groups = list.GroupBy(c => c.Key)
            .Select(g => (Best: g.MaxBy(c => c.Field.Confidence).Field, Count: Places(g), Score: g.Max(c => c.Field.Confidence)))
            .OrderByDescending(g => g.Score)
            .ThenByDescending(g => g.Count)
            .ToList();
        var winner = groups[0];
        var confidence = winner.Score;

        // Agreement between independent mentions raises trust; a conflicting strong rival lowers it.
        if (winner.Count > 1)
        {
            confidence += (1 - confidence) * 0.4;
        }

        if (groups.Count > 1 && groups[1].Score > winner.Score - 0.15)
        {
            confidence -= 0.2;
        }

        return winner.Best with { Confidence = Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2) };
    }

    // The same sentence offered twice (found by two searches over overlapping pages) is one mention, not two.
    private static int Places(IEnumerable<(ExtractedField Field, string Key)> mentions) =>
        mentions.Select(c => c.Field.Citation).Distinct().Count();

    public void CopyTo(ExtractionResult result, IEnumerable<string> order)
    {
        foreach (var name in order)
        {
            if (Resolve(name) is { } field)
            {
                result.Fields[name] = field;
            }
        }
    }

    public static string Normalize(object value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join('|', list.Select(TextNormal.Key).Order()),
        _ => TextNormal.Key(value.ToString() ?? string.Empty),
    };
}
