using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Server.Features.Mapping;

/// <summary>
/// TF-IDF vectors with cosine similarity over a small corpus (the requirement texts). Words are lower-cased,
/// stop words dropped and a crude suffix strip applied, so "encrypted"/"encryption" and "backups"/"backup" meet.
/// </summary>
public sealed partial class TextSimilarity
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "are", "with", "that", "this", "from", "into", "its", "their", "all", "any", "has", "have", "been",
        "such", "which", "other", "within", "upon", "when", "where", "who", "not", "only", "they", "them", "per", "via", "each",
        "entity", "entities", "organization", "organisation", "company", "management", "information", "system", "systems",
    };

    private readonly Dictionary<string, double> idf;
    private readonly List<Dictionary<string, double>> documents;

    public TextSimilarity(IReadOnlyList<string> corpus)
    {
        var tokenized = corpus.Select(Tokens).ToList();
        var documentFrequency = tokenized.SelectMany(t => t.Distinct()).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        idf = documentFrequency.ToDictionary(p => p.Key, p => Math.Log((1.0 + corpus.Count) / (1.0 + p.Value)) + 1.0);
        documents = tokenized.Select(Vector).ToList();
    }

    /// <summary>Cosine similarity of <paramref name="text"/> with each corpus document, in corpus order.</summary>
    public IReadOnlyList<double> Scores(string text)
    {
        var query = Vector(Tokens(text));
        return documents.Select(d => Cosine(query, d)).ToList();
    }

    private Dictionary<string, double> Vector(List<string> tokens)
    {
        var vector = tokens.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count() * idf.GetValueOrDefault(g.Key, 0));
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        return norm == 0 ? vector : vector.ToDictionary(p => p.Key, p => p.Value / norm);
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b) =>
        (a.Count <= b.Count ? a : b).Sum(p => p.Value * (a.Count <= b.Count ? b : a).GetValueOrDefault(p.Key));

    internal static List<string> Tokens(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => Stem(m.Value)).Where(w => w.Length >= 3 && !StopWords.Contains(w)).ToList();

    private static string Stem(string word) => word switch
    {
        { Length: > 6 } when word.EndsWith("ation", StringComparison.Ordinal) => word[..^5],
        { Length: > 5 } when word.EndsWith("ing", StringComparison.Ordinal) => word[..^3],
        { Length: > 5 } when word.EndsWith("ion", StringComparison.Ordinal) => word[..^3],
        { Length: > 4 } when word.EndsWith("ed", StringComparison.Ordinal) => word[..^2],
        { Length: > 4 } when word.EndsWith("es", StringComparison.Ordinal) => word[..^2],
        { Length: > 3 } when word.EndsWith('s') => word[..^1],
        _ => word,
    };

    [GeneratedRegex("[a-z][a-z0-9]+")]
    private static partial Regex Word();
}
