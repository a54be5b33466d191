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
        ("originalCertificationDate", new(@"original(ly)? (certification|approval|registration|issue)|initial (certification|registration|approval)|first (issued|certified|certification|registration)|certified since|registered since|(certification|registration) since", RegexOptions.IgnoreCase)),
        ("expiryDate", new(@"expir\w*|valid(ity)? (until|to|through|till)|validity date|valid thru|expiration|certificate validity", RegexOptions.IgnoreCase)),
        ("issueDate", new(@"issue date|date of issue|issued on|(current |re-?)issue|issuing date|date of (re-?)?certification|(re-?)?certification date|effective date|valid from|date of approval|approval date|date of registration|issued", RegexOptions.IgnoreCase)),
    ];

    public static void Parse(DocumentContext context, FieldSink sink)
    {
        var lines = context.Lines;
        var flow = context.Flow;

        if (Standard().Match(flow.Text) is { Success: true } std)
        {
            var name = Spaces().Replace(std.Value.Trim(), " ");
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

        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var segment in lines[i].Segments)
            {
                ReadLabelled(lines, i, segment, sink);
            }
        }

        Organization(lines, sink);
        Scope(lines, sink);
        Bodies(flow, sink);
    }

    private static void ReadLabelled(IReadOnlyList<TextLine> lines, int i, TextSegment segment, FieldSink sink)
    {
        var text = segment.Text;
        var citation = new Model.Citation(lines[i].Page, segment.Box);
        if (CertificateNumber().Match(text) is { Success: true } number)
        {
            var value = ValueAfter(text, number) ?? NextText(lines, i, segment);
            if (value is not null && NumberToken().Match(value) is { Success: true } token)
            {
                sink.Offer("certificateNumber", token.Value.TrimEnd('.', ','), 0.93, citation);
            }
        }

        if (Surveillance().IsMatch(text))
        {
            var dates = DateParser.FindAll(text).Select(d => d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (dates.Count > 0)
            {
                var existing = sink.Best("surveillanceDates") as List<string> ?? [];
                sink.Offer("surveillanceDates", existing.Concat(dates).Distinct().Order().ToList(), 0.85, citation);
            }

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
                sink.Offer("soaDate", d.Date, d.Ambiguous ? 0.55 : 0.85, citation);
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

            var after = text[(m.Index + m.Length)..];
            var date = DateParser.FindFirst(after);
            var nearby = date is null;
            date ??= NextText(lines, i, segment) is { } next ? DateParser.FindFirst(next) : null;
            if (date is not null)
            {
                sink.Offer(field, date.Date, (nearby ? 0.8 : 0.94) - (date.Ambiguous ? 0.3 : 0), citation);
            }

            break;
        }
    }

    private static string? ValueAfter(string text, Match label)
    {
        var rest = text[(label.Index + label.Length)..].TrimStart(' ', ':', '.', '-', '#');
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

    private static void Organization(IReadOnlyList<TextLine> lines, FieldSink sink)
    {
        var certify = lines.ToList().FindIndex(l => CertifyThat().IsMatch(l.Text));
        if (certify >= 0)
        {
            var rest = CertifyThat().Replace(lines[certify].Text, string.Empty).Trim(' ', ':');
            var line = rest.Length > 3 ? lines[certify] : certify + 1 < lines.Count ? lines[certify + 1] : null;
            if (line is not null)
            {
                sink.Offer("organization", TextNormal.Clean(rest.Length > 3 ? rest : line.Text), 0.88, line.Citation);
                return;
            }
        }

        // "… Management System of" / "… certify that" with the name on the next line.
        var lead = lines.ToList().FindIndex(l => LeadIn().IsMatch(l.Text));
        if (lead >= 0 && lead + 1 < lines.Count && lines[lead + 1].Text.Length is > 2 and < 90)
        {
            sink.Offer("organization", TextNormal.Clean(lines[lead + 1].Text), 0.85, lines[lead + 1].Citation);
            return;
        }

        var before = lines.TakeWhile(l => !Assessed().IsMatch(l.Text)).Take(10)
            .Where(l => !NotAName().IsMatch(l.Text) && l.Text.Length is > 3 and < 90 && DateParser.FindFirst(l.Text) is null && !l.Text.Contains(':'))
            .ToList();
        var name = before.OrderByDescending(l => l.FontSize).ThenBy(l => l.Box.Y0).FirstOrDefault();
        if (name is not null)
        {
            sink.Offer("organization", TextNormal.Clean(name.Text), before.Count < lines.Count ? 0.72 : 0.55, name.Citation);
        }
    }

    private static void Scope(IReadOnlyList<TextLine> lines, FieldSink sink)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var m = ScopeLabel().Match(lines[i].Text);
            if (!m.Success)
            {
                continue;
            }

            var parts = new List<TextLine>();
            var first = lines[i].Text[(m.Index + m.Length)..].Trim(' ', ':');
            var text = first;
            for (var j = i + 1; j < lines.Count && j < i + 10; j++)
            {
                var gap = lines[j].Box.Y0 - lines[j - 1].Box.Y1;
                if (lines[j].Page != lines[i].Page || gap > lines[j - 1].Box.Height * 1.6 || Standard().IsMatch(lines[j].Text) || Label().IsMatch(lines[j].Text))
                {
                    break;
                }

                parts.Add(lines[j]);
                text += " " + lines[j].Text;
            }

            text = TextNormal.Clean(text);
            if (text.Split(' ').Length >= 3)
            {
                sink.Offer("scope", text, m.Value.Contains(':') || m.Value.Contains("scope", StringComparison.OrdinalIgnoreCase) ? 0.85 : 0.75, lines[i].Citation);
            }
        }
    }

    private static void Bodies(TextFlow flow, FieldSink sink)
    {
        if (CertifiedBy().Match(flow.Text) is { Success: true } cb)
        {
            sink.Offer("certificationBody", TextNormal.Clean(cb.Groups["b"].Value), 0.75, flow.Cite(cb.Index, cb.Length));
        }

        foreach (Match ab in AccreditationBody().Matches(flow.Text))
        {
            sink.Offer("accreditationBody", ab.Groups["ab"].Value.ToUpperInvariant() == "DAKKS" ? "DAkkS" : ab.Groups["ab"].Value, 0.85, flow.Cite(ab.Index, ab.Length));
            if (ab.Groups["n"].Success)
            {
                sink.Offer("accreditationNumber", ab.Groups["n"].Value, 0.8, flow.Cite(ab.Index, ab.Length));
            }
        }
    }

    [GeneratedRegex(@"(?<nat>(?:(?:BS|DIN|NEN|UNE|SS|NF|CSN|ČSN|PN|SN|ÖNORM|OENORM|EN|I\.S\.|SANS|JIS Q|KS X|GB/T|TS|MS|IS|SR|UNI|NP|STN|LST|ELOT|CYS)[\s-]+)*)ISO\s?/?\s?(?:IEC\s?)?27001\s?[:\s-]\s?(?<y>(?:19|20)\d{2})(?:\s?\+\s?A\d+\s?:\s?\d{4})?", RegexOptions.IgnoreCase)]
    private static partial Regex Standard();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"certificate\s*(reg(istration)?\.?\s*)?(no\b\.?|number|#|id\b)|registration\s*(no\b\.?|number)|cert\.?\s*no\b\.?|certificate code", RegexOptions.IgnoreCase)]
    private static partial Regex CertificateNumber();

    [GeneratedRegex(@"(?:[A-Z]{1,6}[ -](?=\d))?[A-Z0-9][A-Z0-9\-/.]{2,30}[A-Z0-9]", RegexOptions.IgnoreCase)]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"surveillance", RegexOptions.IgnoreCase)]
    private static partial Regex Surveillance();

    [GeneratedRegex(@"statement of applicability|\bSoA\b", RegexOptions.IgnoreCase)]
    private static partial Regex Soa();

    [GeneratedRegex(@"(?:version|ver\.?|v\.?|rev(?:ision)?\.?|issue)\s*:?\s*(?<v>\d+(?:\.\d+)*)", RegexOptions.IgnoreCase)]
    private static partial Regex SoaVersion();

    [GeneratedRegex(@"(this is to |hereby |we )certif(y|ies) that( the)?( management system of)?", RegexOptions.IgnoreCase)]
    private static partial Regex CertifyThat();

    [GeneratedRegex(@"(management system of|certify that|certifies that|bescheinigt, dass)\s*/?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"has been (independently )?(assessed|audited|certified|registered)|is certified|is registered|operates an information security|complies with", RegexOptions.IgnoreCase)]
    private static partial Regex Assessed();

    [GeneratedRegex(@"^\s*(certificate|certification|certificate of (registration|approval|conformity)|registration certificate|ISO)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"(scope( of (certification|registration|activities|the certificate|approval))?|for the following( scope of)? activities)\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeLabel();

    [GeneratedRegex(@"(certificate|date|valid|expir|surveillance|issue|accredit|number)\w*\s*[:/]", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"(?:assessed|audited|certified|registered|issued|audit performed) by\s+(?:the\s+)?(?<b>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})|certification body\s*:?\s*(?<b>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})")]
    private static partial Regex CertifiedBy();

    [GeneratedRegex(@"(?<![\w-])(?<ab>UKAS|ANAB|IAS|DAkkS|COFRAC|ACCREDIA|ENAC|RvA|BELAC|SAS|DANAK|SWEDAC|FINAS|INAB|IPAC|PCA|SNAS|NAH|RENAR|ESYD|TURKAK|TÜRKAK|JAS-ANZ|SCC|EMA|JAB|ISMS-AC|KAB|CNAS|TAF|HKAS|SAC|NABCB|KAN|EGAC|SANAS|GAC|EIAC|SAAC|IAC|UAF|EGAC)(?![\w])(?:[\s-]*(?:Management Systems?|accredited|accreditation)?\s*(?:no\.?|number|#)?\s*:?\s*(?<n>[A-Z]{0,6}-?[A-Z]{0,6}-?\d{2,6}))?")]
    private static partial Regex AccreditationBody();
}
