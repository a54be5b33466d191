using System.Text;
using System.Text.Json;

namespace ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

/// <summary>An accreditation body that signed the IAF MLA for management-system certification.</summary>
public sealed record AccreditationBody(string Acronym, string Name, string Country, IReadOnlyList<string> Aliases);

/// <summary>The project's list of IAF MLA signatories (<c>accreditation-bodies.json</c>) with the source it was written from.</summary>
public sealed record AccreditationBodyList(string Source, string WrittenAt, IReadOnlyList<string> NotIafMembers, IReadOnlyList<AccreditationBody> Bodies);

/// <summary>
/// Says whether the accreditation body printed on a certificate is a known IAF MLA signatory. Matching ignores case,
/// accents, punctuation and spacing, and accepts acronym, full name or alias ("UKAS", "United Kingdom Accreditation
/// Service"); longer printed text ("Accredited by UKAS, Management Systems 0001") matches on a whole-word name.
/// </summary>
public sealed class AccreditationBodyRegistry
{
    private const int MinimumWordMatchLength = 3;
    private readonly Dictionary<string, AccreditationBody> byName = new(StringComparer.Ordinal);

    public AccreditationBodyRegistry(AccreditationBodyList list)
    {
        List = list;
        foreach (var body in list.Bodies)
        {
            foreach (var name in body.Aliases.Prepend(body.Name).Prepend(body.Acronym))
            {
                var key = Normalize(name);
                if (key.Length > 0) byName.TryAdd(key, body);
            }
        }
    }

    public AccreditationBodyList List { get; }

    /// <exception cref="FileNotFoundException">The data file is missing.</exception>
    public static AccreditationBodyRegistry Load(CatalogDataFolder folder)
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true, RespectNullableAnnotations = true };
        var list = JsonSerializer.Deserialize<AccreditationBodyList>(File.ReadAllText(folder.AccreditationBodiesFile), options)
            ?? throw new FormatException("accreditation-bodies.json is empty.");
        return new AccreditationBodyRegistry(list);
    }

    public bool IsKnownSignatory(string? printedName) => Find(printedName) is not null;

    /// <summary>The signatory the printed name refers to, or null when it names none of them.</summary>
    public AccreditationBody? Find(string? printedName)
    {
        var text = Normalize(printedName);
        if (text.Length == 0) return null;
        if (byName.TryGetValue(text, out var exact)) return exact;

        // Whole-word containment, longest name first, so "Czech Accreditation Institute" wins over "CAI".
        var padded = $" {text} ";
        return byName
            .Where(e => e.Key.Length >= MinimumWordMatchLength && padded.Contains($" {e.Key} ", StringComparison.Ordinal))
            .OrderByDescending(e => e.Key.Length)
            .Select(e => e.Value)
            .FirstOrDefault();
    }

    /// <summary>Lower case ASCII letters and digits, words separated by one space; accents and punctuation dropped.</summary>
    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var result = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                // Folding of letters FormD does not decompose (ß, Ø, Ł ...) keeps "Türk" and "Turk" equal as well.
                result.Append(c switch { 'ß' => "ss", 'ø' or 'Ø' => "o", 'ł' or 'Ł' => "l", 'đ' or 'Đ' => "d", _ => char.ToLowerInvariant(c).ToString() });
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // Hyphens, dots, slashes and the like join as spaces so "JAS-ANZ" equals "JAS ANZ"; apostrophes vanish.
                if (c is '\'' or '’') continue;
                if (result.Length > 0 && result[^1] != ' ') result.Append(' ');
            }
        }
        return result.ToString().Trim();
    }
}
