using System.Text;
using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>Text clean-up and comparison shared by the parsers and the accuracy scorer.</summary>
public static partial class TextNormal
{
    /// <summary>Lowercase letters and digits separated by single spaces; quotes and punctuation dropped.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (Ligature(c) is { } letters)
            {
                builder.Append(letters);
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>
    /// The Latin typographic ligatures (U+FB00–FB06) word processors print in "certiﬁcate" or "ﬂow". FormKD would
    /// split them, but the solution runs with invariant globalization, where normalization is a no-op.
    /// </summary>
    private static string? Ligature(char c) => c switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' or '\uFB06' => "st",
        _ => null,
    };

    public static IReadOnlySet<string> Tokens(string text) =>
        Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    public static double Jaccard(string a, string b)
    {
        var x = Tokens(a);
        var y = Tokens(b);
        if (x.Count == 0 && y.Count == 0)
        {
            return 1;
        }

        var inter = x.Count(y.Contains);
        return (double)inter / (x.Count + y.Count - inter);
    }

    /// <summary>Collapses whitespace and repairs words hyphenated across a line break.</summary>
    public static string Clean(string text)
    {
        var joined = Hyphenation().Replace(text, "$1$2");
        return Spaces().Replace(joined, " ").Trim().Trim(',', ';').Trim();
    }

    public static string StripBullet(string text) => Bullet().Replace(text, string.Empty).Trim();

    public static bool StartsWithBullet(string text) => Bullet().IsMatch(text);

    [GeneratedRegex(@"(\p{Ll})- (\p{Ll})")]
    private static partial Regex Hyphenation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*(?:[•●○◦▪■□►➢✓\-–*]|\(?\d{1,2}[.)]|\(?[a-z][.)]|[ivx]{1,4}[.)])\s+")]
    private static partial Regex Bullet();
}
