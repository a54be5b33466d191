using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// The two parties of a certificate. The certified organisation follows the certifying sentence
/// ("This is to certify that [the management system of]", "Hiermit wird bescheinigt, dass"),
/// usually on its own, larger line; the certification body signs ("For and on behalf of X"),
/// names itself in a "certified by" sentence, or prints its name as the letterhead above the title.
/// </summary>
public static partial class IsoPartyParser
{
    public static void Parse(IReadOnlyList<TextLine> lines, TextFlow flow, FieldSink sink)
    {
        var organization = Organization(lines, sink);
        CertificationBody(lines, flow, organization, sink);
    }

    private static TextLine? Organization(IReadOnlyList<TextLine> lines, FieldSink sink)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var m = CertifyThat().Match(lines[i].Text);
            if (!m.Success)
            {
                continue;
            }

            // What follows the phrase on the same line is the name only when it is not itself a lead-in.
            var rest = lines[i].Text[(m.Index + m.Length)..].Trim(' ', ':', '/');
            if (rest.Length > 3 && !EndsAsLeadIn().IsMatch(rest) && !ManagementSystemOf().IsMatch(rest))
            {
                sink.Offer("organization", TextNormal.Clean(rest), 0.85, lines[i].Citation);
                return lines[i];
            }

            if (i + 1 < lines.Count && lines[i + 1].Page == lines[i].Page && lines[i + 1].Text.Length is > 2 and < 90 && DateParser.FindFirst(lines[i + 1].Text) is null)
            {
                var next = lines[i + 1];
                var prominent = next.FontSize > lines[i].FontSize * 1.15 || next.Bold || OrganizationNames.HasLegalForm(next.Text);
                sink.Offer("organization", TextNormal.Clean(next.Text), prominent ? 0.92 : 0.82, next.Citation);
                return next;
            }
        }

        // Without a certifying sentence: the most prominent line before "has been assessed …".
        var before = lines.TakeWhile(l => !Assessed().IsMatch(l.Text)).Take(10)
            .Where(l => !NotAName().IsMatch(l.Text) && l.Text.Length is > 3 and < 90 && DateParser.FindFirst(l.Text) is null && !l.Text.Contains(':'))
            .ToList();
        var assessedLineFound = lines.Any(l => Assessed().IsMatch(l.Text));
        var name = before.OrderByDescending(l => l.FontSize).ThenBy(l => l.Box.Y0).FirstOrDefault();
        if (name is not null)
        {
            sink.Offer("organization", TextNormal.Clean(name.Text), assessedLineFound ? 0.72 : 0.55, name.Citation);
        }

        return name;
    }

    private static void CertificationBody(IReadOnlyList<TextLine> lines, TextFlow flow, TextLine? organization, FieldSink sink)
    {
        // Per line: a signature block's name has no right-hand anchor, so it must not run into the next line.
        foreach (var line in lines)
        {
            if (OnBehalfOf().Match(line.Text) is { Success: true } m)
            {
                sink.Offer("certificationBody", Name(m.Groups["b"].Value), 0.85, line.Citation);
            }
        }

        if (CertifiedBy().Match(flow.Text) is { Success: true } cb)
        {
            sink.Offer("certificationBody", Name(cb.Groups["b"].Value), 0.75, flow.Cite(cb.Index, cb.Length));
        }

        // Letterhead: a company name printed above the certifying sentence that is not the certified organisation.
        var top = lines.Where(l => l.Page == 1).TakeWhile(l => !CertifyThat().IsMatch(l.Text) && !Assessed().IsMatch(l.Text)).ToList();
        foreach (var line in top)
        {
            foreach (var segment in line.Segments)
            {
                var text = TextNormal.Clean(segment.Text);
                if (OrganizationNames.HasLegalForm(text) && text.Split(' ').Length <= 8 && (organization is null || TextNormal.Key(organization.Text) != TextNormal.Key(text)))
                {
                    sink.Offer("certificationBody", text, 0.8, new Model.Citation(line.Page, segment.Box));
                }
            }
        }
    }

    private static string Name(string text) => TextNormal.Clean(text).TrimEnd(',', ';');

    [GeneratedRegex(@"(this is to |hereby |we )certif(y|ies) that( the)?|(hiermit wird )?(bescheinigt|zertifiziert|bestätigt), dass", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CertifyThat();

    [GeneratedRegex(@"(\bof|\bthat|\bdass|\bfor|/|:)\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex EndsAsLeadIn();

    [GeneratedRegex(@"^(the )?(information security )?management system|^(this is to )?certify|^the organi[sz]ation", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ManagementSystemOf();

    [GeneratedRegex(@"has been (independently )?(assessed|audited|certified|registered)|is certified|is registered|operates an information security|complies with", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Assessed();

    [GeneratedRegex(@"^\s*(certificate|certification|certificate of (registration|approval|conformity)|registration certificate|ISO)\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"(?:for and )?on behalf of (?:the )?(?<b>" + OrganizationNames.Pattern + @")\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex OnBehalfOf();

    [GeneratedRegex(@"(?:assessed|audited|certified|registered|issued|audit performed) by\s+(?:the\s+)?(?<b>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})|certification body\s*:?\s*(?<b>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex CertifiedBy();
}
