using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Certified sites: the addresses listed next to a "Sites"/"Locations" label or under a sentence
/// announcing them ("The following sites are included …"), often on an annex page as a numbered
/// table. The organisation's own address under its name is not a site list and is not read here.
/// </summary>
public static partial class SiteListParser
{
    public static void Parse(IReadOnlyList<TextLine> lines, FieldSink sink)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var first = lines[i].Segments[0].Text;
            var labelled = SiteLabel().IsMatch(first);
            var announced = !labelled && SiteAnnouncement().IsMatch(lines[i].Text);
            if (!labelled && !announced)
            {
                continue;
            }

            var sites = new List<string>();
            var start = i;
            if (labelled && lines[i].Segments.Count > 1)
            {
                sites.Add(Address(lines[i].Segments.Skip(1)));
                start = i;
            }

            for (var j = i + 1; j < lines.Count && j <= i + 25; j++)
            {
                var address = Address(lines[j].Segments);
                if (LooksLikeAddress(address) && (labelled ? !Label(lines[j]) : true))
                {
                    sites.Add(address);
                    continue;
                }

                // A table header ("No. | Site") may sit between the announcement and the rows.
                if (sites.Count == 0 && announced && j - i <= 2 && lines[j].Text.Length < 40)
                {
                    continue;
                }

                break;
            }

            sites = sites.Where(LooksLikeAddress).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (sites.Count > 0)
            {
                sink.Offer("sites", sites, labelled ? 0.88 : 0.85, lines[start].Citation);
                return;
            }
        }
    }

    // A leading row number or bullet ("1", "2.", "•") is the list's, not the address's.
    private static string Address(IEnumerable<TextSegment> segments)
    {
        var text = string.Join(", ", segments.Select(s => s.Text.Trim())).Trim();
        return TextNormal.Clean(RowNumber().Replace(TextNormal.StripBullet(text), string.Empty));
    }

    private static bool LooksLikeAddress(string text) =>
        text.Length is > 8 and < 160 && text.Contains(',') && text.Any(char.IsDigit) && DateParser.FindFirst(text) is null && !NotAnAddress().IsMatch(text);

    // Another label in the left column ends the list ("Certificate Number", "Issue Date").
    private static bool Label(TextLine line) =>
        line.Segments.Count > 1 && !line.Segments[0].Text.Any(char.IsDigit);

    [GeneratedRegex(@"^\s*(sites?|locations?|site addresses|certified (sites|locations)|standorte?|adresse[ns]?)\s*(/.*)?:?\s*$|^\s*(sites?|locations?)\s*:", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SiteLabel();

    [GeneratedRegex(@"(following|these|additional|certified) (sites|locations|addresses)\b|(sites|locations) (are )?(included|covered)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SiteAnnouncement();

    [GeneratedRegex(@"^\d{1,2}[.)]?,\s*", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"certif|accredit|ISO\s?/?\s?IEC|surveillance|version", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex NotAnAddress();
}
