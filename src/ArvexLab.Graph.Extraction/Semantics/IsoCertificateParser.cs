using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// ISO/IEC 27001 certificates: values are read next to their labels (same cell, the next cell on
/// the line, or the line below), because certificate templates differ by certification body but
/// all label their fields.
/// </summary>
public static partial class IsoCertificateParser
{
    private static readonly (string Field, Regex Label)[] DateLabels =
    [
        ("originalCertificationDate", new(@"erstzertifizierung|erstausstellung|original(ly)? (certification|approval|registration|issue)|initial (certification|registration|approval)|first (issued|certified|certification|registration)|certified since|registered since|(certification|registration) since", RegexOptions.IgnoreCase, RegexBudget.Timeout)),
        ("expiryDate", new(@"expir\w*|g(ü|ue)ltig bis|valid(ity)? (until|to|through|till)|validity date|valid thru|expiration|certificate validity", RegexOptions.IgnoreCase, RegexBudget.Timeout)),
        ("issueDate", new(@"issue date|ausstellungsdatum|ausgestellt am|zertifizierungsdatum|date of issue|issued on|(current |re-?)issue|issuing date|date of (re-?)?certification|(re-?)?certification date|effective date|valid from|date of approval|approval date|date of registration|issued", RegexOptions.IgnoreCase, RegexBudget.Timeout)),
    ];

    public static void Parse(DocumentContext context, FieldSink sink)
    {
        var lines = context.Lines;
        var flow = context.Flow;

        // Every designation counts: "DIN EN ISO/IEC 27001:2017 (ISO/IEC 27001:2013)" names the edition twice.
        foreach (Match std in Standard().Matches(flow.Text))
        {
            var year = int.Parse(std.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var national = std.Groups["nat"].Success && std.Groups["nat"].Value.Trim().Length > 0;
            var edition = year switch
            {
                2005 => "2005",
                >= 2013 and < 2022 => "2013",
                >= 2022 => "2022",
                _ => year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            // The standard is named canonically; the printed form (national prefix, year) stays in the citation.
            sink.Offer("standard", "ISO/IEC 27001", 0.95, flow.Cite(std.Index, std.Length));
            sink.Offer("standardVersion", edition, national && year is not (2013 or 2022) ? 0.8 : 0.95, flow.Cite(std.Index, std.Length));
        }

        // Surveillance audits are listed one per label ("1st … Due", "2nd … Due"): one field for all of them.
        var surveillance = new List<(string Date, Model.Citation Citation)>();
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var segment in lines[i].Segments)
            {
                ReadLabelled(lines, i, segment, flow.Text, sink, surveillance);
            }
        }

        if (surveillance.Count > 0)
        {
            sink.Offer("surveillanceDates", surveillance.Select(s => s.Date).Distinct().Order().ToList(), 0.85, surveillance[0].Citation);
        }

        IsoPartyParser.Parse(lines, flow, sink);
        IsoScope.Parse(lines, sink);
        SiteListParser.Parse(lines, sink);
        IsoBodies.Parse(flow, sink);
    }

    private static void ReadLabelled(IReadOnlyList<TextLine> lines, int i, TextSegment segment, string document, FieldSink sink, List<(string Date, Model.Citation Citation)> surveillance)
    {
        var text = segment.Text;
        var citation = new Model.Citation(lines[i].Page, segment.Box);
        if (CertificateNumber().Match(text) is { Success: true } number)
        {
            // A bilingual label ("Zertifikat-Nr. / Certificate Number") leaves words, not a number, after the match.
            var token = Token(ValueAfter(text, number)) ?? Token(NextText(lines, i, segment));
            if (token is not null)
            {
                sink.Offer("certificateNumber", token.Value.TrimEnd('.', ','), 0.93, citation);
            }
        }

        if (Surveillance().IsMatch(text))
        {
            var dates = DateParser.FindAll(text).Select(d => d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
            surveillance.AddRange(dates.Select(d => (d, citation)));

            return;
        }

        if (Soa().IsMatch(text))
        {
            var soaText = text + " " + (NextText(lines, i, segment) ?? string.Empty);
            if (SoaVersion().Match(soaText) is { Success: true } v)
            {
                sink.Offer("soaVersion", v.Groups["v"].Value, 0.85, citation);
            }

            if (DateParser.FindFirst(soaText) is { } d)
            {
                var (date, ambiguous) = NumericDateOrder.Resolve(d, soaText, document);
                sink.Offer("soaDate", date, ambiguous ? 0.55 : 0.85, citation);
            }

            return;
        }

        foreach (var (field, label) in DateLabels)
        {
            var m = label.Match(text);
            if (!m.Success)
            {
                continue;
            }

            var source = text[(m.Index + m.Length)..];
            var date = DateParser.FindFirst(source);
            var nearby = date is null;
            if (nearby && NextText(lines, i, segment) is { } next)
            {
                source = next;
                date = DateParser.FindFirst(next);
            }

            if (date is not null)
            {
                var (value, ambiguous) = NumericDateOrder.Resolve(date, source, document);
                sink.Offer(field, value, (nearby ? 0.8 : 0.94) - (ambiguous ? 0.3 : 0), citation);
            }

            break;
        }
    }

    private static Match? Token(string? value) =>
        value is null ? null : NumberToken().Matches(value).FirstOrDefault(t => t.Value.Any(char.IsDigit));

    private static string? ValueAfter(string text, Match label)
    {
        var rest = text[(label.Index + label.Length)..].TrimStart(' ', ':', '.', '-', '#', '/');
        return rest.Length > 0 ? rest : null;
    }

    // The value of a label printed alone: the next segment on the same line, or the text right below.
    private static string? NextText(IReadOnlyList<TextLine> lines, int i, TextSegment segment)
    {
        var line = lines[i];
        var index = line.Segments.ToList().IndexOf(segment);
        if (index >= 0 && index + 1 < line.Segments.Count)
        {
            return line.Segments[index + 1].Text;
        }

        if (i + 1 < lines.Count && lines[i + 1].Page == line.Page && lines[i + 1].Box.Y0 - line.Box.Y1 < line.Box.Height * 2)
        {
            var below = lines[i + 1].Segments.FirstOrDefault(s => s.Box.X1 > segment.Box.X0 - 5 && s.Box.X0 < segment.Box.X1 + 5);
            return below?.Text;
        }

        return null;
    }

    [GeneratedRegex(@"(?<nat>\b(?:(?:BS|DIN|NEN|UNE|SS|NF|CSN|ČSN|PN|SN|ÖNORM|OENORM|EN|I\.S\.|SANS|JIS Q|KS X|GB/T|TS|MS|IS|SR|UNI|NP|STN|LST|ELOT|CYS)[\s-]+){0,3})ISO\s?/?\s?(?:IEC\s?)?27001\s?[:\s-]\s?(?<y>(?:19|20)\d{2})(?:\s?\+\s?A\d+\s?:\s?\d{4})?", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    internal static partial Regex Standard();

    [GeneratedRegex(@"zertifikat\w*[\s-]*(registrier\w*[\s-]*)?(nr\b\.?|nummer)|registrier(nummer|-?nr\b\.?)|certificate\s*(reg(istration)?\.?\s*)?(no\b\.?|number|#|id\b)|registration\s*(no\b\.?|number)|cert\.?\s*no\b\.?|certificate code", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CertificateNumber();

    [GeneratedRegex(@"(?:[A-Z]{1,6}[ -](?=\d))?[A-Z0-9][A-Z0-9\-/.]{2,30}[A-Z0-9]", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"surveillance", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Surveillance();

    [GeneratedRegex(@"statement of applicability|anwendbarkeitserkl(ä|ae)rung|\bSoA\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    internal static partial Regex Soa();

    [GeneratedRegex(@"(?:version|ver\.?|v\.?|rev(?:ision)?\.?|issue)\s*:?\s*(?<v>\d+(?:\.\d+)*)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SoaVersion();

    [GeneratedRegex(@"(certificate|date|valid|expir|surveillance|issue|accredit|number)\w*\s*[:/]", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    internal static partial Regex Label();
}
