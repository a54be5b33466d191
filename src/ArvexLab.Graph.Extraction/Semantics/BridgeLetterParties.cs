using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Who a bridge letter is about and by: the auditor is the subject of "issued/prepared the SOC
/// report" or the agent of "report issued by"; the service organisation owns the system the report
/// is on ("a report on X's system"), heads the letter and signs it.
/// </summary>
public static partial class BridgeLetterParties
{
    public static void Parse(DocumentContext context, FieldSink sink)
    {
        var flow = context.Flow;
        var text = flow.Text;

        foreach (Match m in AuditorIssued().Matches(text))
        {
            sink.Offer("auditor", Name(m.Groups["f"].Value), 0.85, flow.Cite(m.Index, m.Length));
        }

        foreach (Match m in IssuedBy().Matches(text))
        {
            sink.Offer("auditor", Name(m.Groups["f"].Value), 0.85, flow.Cite(m.Index, m.Length));
        }

        foreach (Match m in ReportOn().Matches(text))
        {
            sink.Offer("serviceOrganization", Name(m.Groups["o"].Value), 0.85, flow.Cite(m.Index, m.Length));
        }

        Letterhead(context, sink);
        Signature(context, sink);
    }

    // The letterhead: a company name printed above the letter's date.
    private static void Letterhead(DocumentContext context, FieldSink sink)
    {
        foreach (var line in context.Lines.Where(l => l.Page == 1).TakeWhile(l => DateParser.FindFirst(l.Text) is null).Take(4))
        {
            var text = TextNormal.Clean(line.Text);
            if (OrganizationNames.HasLegalForm(text) && text.Split(' ').Length <= 8)
            {
                sink.Offer("serviceOrganization", text, 0.75, line.Citation);
                return;
            }
        }
    }

    // After the closing: the signer's name, then often "Title, Company Inc.".
    private static void Signature(DocumentContext context, FieldSink sink)
    {
        var lines = context.Lines;
        var closing = lines.ToList().FindIndex(l => Closing().IsMatch(l.Text.Trim()));
        if (closing < 0 || closing + 1 >= lines.Count)
        {
            return;
        }

        var signer = lines[closing + 1];
        if (signer.Text.Split(' ').Length <= 5 && !DateParser.FindAll(signer.Text).Any())
        {
            sink.Offer("signer", signer.Text.Trim(), 0.8, signer.Citation);
        }

        foreach (var line in lines.Skip(closing + 2).Take(3))
        {
            var comma = line.Text.IndexOf(", ", StringComparison.Ordinal);
            var company = comma > 0 ? TextNormal.Clean(line.Text[(comma + 2)..]) : string.Empty;
            if (OrganizationNames.HasLegalForm(company) && company.Split(' ').Length <= 8)
            {
                sink.Offer("serviceOrganization", company, 0.75, line.Citation);
            }
        }
    }

    private static string Name(string text) => OrganizationNames.StripPossessive(TextNormal.Clean(text));

    [GeneratedRegex(@"(?<f>" + OrganizationNames.Pattern + @")\s+(?:has\s+)?(?:issued|prepared|performed|conducted|completed)\s+(?:(?:a|an|the|its|our)\s+)?(?:(?:latest|most recent|prior|last)\s+)?(?:SOC|examination|report|audit|Type)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex AuditorIssued();

    [GeneratedRegex(@"(?:report|examination|audit)\b[^.]{0,60}?\b(?:issued|prepared|performed|conducted) by\s+(?:(?:our|the|its) (?:independent )?(?:service )?auditors?,?\s+)?(?<f>" + OrganizationNames.Pattern + ")", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex IssuedBy();

    [GeneratedRegex(@"\b(?:on|of|for|related to|regarding|about)\s+(?<o>" + OrganizationNames.Pattern + @")['’]s\s+(?=[\w“""(])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ReportOn();

    [GeneratedRegex(@"^(sincerely|regards|kind regards|best regards|respectfully|yours (truly|faithfully|sincerely)),?$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Closing();
}
