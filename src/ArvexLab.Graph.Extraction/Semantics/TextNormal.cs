using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>Text clean-up and comparison shared by the parsers and the accuracy scorer.</summary>
public static partial class TextNormal
{
    /// <summary>
    /// Lowercase ASCII-folded letters and digits separated by single spaces; quotes and punctuation dropped. A combining
    /// accent of decomposed text ("e\u0301") belongs to the letter before it, so it is dropped without a word break.
    /// </summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u00C0' and <= '\u017F' && LatinBase[c - 0xC0] is var letter and not '-')
            {
                builder.Append(letter);
            }
            else if (Expansion(c) is { } letters)
            {
                builder.Append(letters);
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ' && char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>
    /// The base letter of each code point from U+00C0 to U+017F (Latin-1 Supplement and Latin Extended-A), so that
    /// "Société", "ŞİRKETİ" and "Łódź" key like their ASCII spellings. String.Normalize would do this through FormKD,
    /// but the solution runs with invariant globalization, where normalization is a no-op. '-' marks the two signs
    /// (× ÷) and the letters that fold to two letters (see <see cref="Expansion"/>).
    /// </summary>
    private const string LatinBase =
        "aaaaaa-ceeeeiiii" + // U+00C0 À … Ï
        "dnooooo-ouuuuy--" + // U+00D0 Ð … ß
        "aaaaaa-ceeeeiiii" + // U+00E0 à … ï
        "dnooooo-ouuuuy-y" + // U+00F0 ð … ÿ
        "aaaaaaccccccccdd" + // U+0100 Ā … ď
        "ddeeeeeeeeeegggg" + // U+0110 Đ … ğ
        "gggghhhhiiiiiiii" + // U+0120 Ġ … į
        "ii--jjkkklllllll" + // U+0130 İ … Ŀ
        "lllnnnnnnnnnoooo" + // U+0140 ŀ … ŏ
        "oo--rrrrrrssssss" + // U+0150 Ő … ş
        "ssttttttuuuuuuuu" + // U+0160 Š … ů
        "uuuuwwyyyzzzzzzs"; //  U+0170 Ű … ſ

    /// <summary>
    /// Letters that fold to two (æ, ß, œ …), the Romanian comma-below letters, and the Latin typographic ligatures
    /// (U+FB00–FB06) word processors print in "certiﬁcate" or "ﬂow".
    /// </summary>
    private static string? Expansion(char c) => c switch
    {
        'Æ' or 'æ' => "ae",
        'Þ' or 'þ' => "th",
        'ß' => "ss",
        'Ĳ' or 'ĳ' => "ij",
        'Œ' or 'œ' => "oe",
        'Ș' or 'ș' => "s",
        'Ț' or 'ț' => "t",
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

    [GeneratedRegex(@"(\p{Ll})- (\p{Ll})", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Hyphenation();

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*(?:[•●○◦▪■□►➢✓\-–*]|\(?\d{1,2}[.)]|\(?[a-z][.)]|[ivx]{1,4}[.)])\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Bullet();
}
