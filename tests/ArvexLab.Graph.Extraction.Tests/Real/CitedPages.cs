using System.Text.Json;
using ArvexLab.Graph.Extraction.Semantics;
using UglyToad.PdfPig;

namespace ArvexLab.Graph.Extraction.Tests.Real;

/// <summary>
/// Checks a finding's citation against the PDF: the page exists, the box is a box, and (text layer only) the page
/// prints the finding's first words, so a reviewer who follows the citation lands on the text.
/// </summary>
public sealed class CitedPages(string pdf, int pageCount, bool scanned)
{
    private static readonly string[] VerbatimFields = ["serviceOrganization", "systemName", "auditor", "organization", "certificateNumber", "scope", "certificationBody", "signer"];

    private readonly Lazy<IReadOnlyList<HashSet<string>>> words = new(() => ReadWords(pdf));

    public static bool Verbatim(string field) => VerbatimFields.Contains(field);

    public void AssertCites(string what, JsonElement item, string? text)
    {
        var page = item.GetProperty("page").GetInt32();
        Assert.InRange(page, 1, pageCount);
        if (item.TryGetProperty("bbox", out var bbox) && bbox.ValueKind == JsonValueKind.Array)
        {
            var b = bbox.EnumerateArray().Select(v => v.GetDouble()).ToArray();
            Assert.True(b.Length == 4 && b[0] <= b[2] && b[1] <= b[3], $"{what}: bbox {bbox.GetRawText()}");
        }
        else
        {
            Assert.True(what == "subserviceOrganizations", $"{what}: {item.GetRawText()} has no bbox");
        }

        if (scanned || text is null)
        {
            return;
        }

        var first = TextNormal.Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6).ToList();
        var printed = first.Count(words.Value[page - 1].Contains);
        // A subservice organization's name is completed from the report's own abbreviation ("Amazon Web Services
        // (AWS)"), while the cited table may print only "AWS": one printed word of the name is enough there.
        var enough = what == "subserviceOrganizations" ? Math.Min(1, first.Count) : 0.8 * first.Count;
        Assert.True(printed >= enough, $"{what}: page {page} does not print \"{text}\"");
    }

    private static IReadOnlyList<HashSet<string>> ReadWords(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages()
            .Select(p => p.GetWords().SelectMany(w => TextNormal.Key(w.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet())
            .ToList();
    }
}
