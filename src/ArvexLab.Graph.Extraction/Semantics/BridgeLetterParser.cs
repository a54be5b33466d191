using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>Bridge (gap) letters: the covered report and period, the bridge-through date, signer, changes.</summary>
public static partial class BridgeLetterParser
{
    public static void Parse(DocumentContext context, FieldSink sink)
    {
        var flow = context.Flow;
        var text = flow.Text;

        if (Period().Match(text) is { Success: true } p)
        {
            var dates = DateParser.FindAll(p.Value);
            if (dates.Count >= 2)
            {
                sink.Offer("periodStart", dates[0].Date, 0.88, flow.Cite(p.Index, p.Length));
                sink.Offer("periodEnd", dates[1].Date, 0.9, flow.Cite(p.Index, p.Length));
            }
        }

        if (Report().Match(text) is { Success: true } r)
        {
            sink.Offer("coveredReport", TextNormal.Clean(r.Value), 0.8, flow.Cite(r.Index, r.Length));
        }

        foreach (Match m in Through().Matches(text))
        {
            if (DateParser.FindFirst(m.Groups["d"].Value) is { } d)
            {
                sink.Offer("bridgeThroughDate", d.Date, (m.Value.Contains("through", StringComparison.OrdinalIgnoreCase) ? 0.9 : 0.82) - (d.Ambiguous ? 0.3 : 0), flow.Cite(m.Index, m.Length));
            }
        }

        if (context.Lines.Count > 0 && DateParser.FindFirst(context.Lines[0].Text) is { } letterDate && context.Lines[0].Text.Length < 30)
        {
            sink.Offer("reportDate", letterDate.Date, 0.8, context.Lines[0].Citation);
        }

        var closing = context.Lines.ToList().FindIndex(l => Closing().IsMatch(l.Text.Trim()));
        if (closing >= 0 && closing + 1 < context.Lines.Count)
        {
            var signer = context.Lines[closing + 1];
            if (signer.Text.Split(' ').Length <= 5 && !DateParser.FindAll(signer.Text).Any())
            {
                sink.Offer("signer", signer.Text.Trim(), 0.8, signer.Citation);
            }
        }

        if (NoChanges().Match(text) is { Success: true } none)
        {
            sink.Offer("materialChanges", "NONE", 0.85, flow.Cite(none.Index, none.Length));
        }

        if (Firm().Match(text) is { Success: true } f)
        {
            sink.Offer("auditor", f.Groups["f"].Value, 0.6, flow.Cite(f.Index, f.Length));
        }
    }

    [GeneratedRegex(@"(?:period|from)\s+(?:of\s+)?\w+\.? \d{1,2},? \d{4}\s+(?:to|through|-|–)\s+\w+\.? \d{1,2},? \d{4}|(?:period|from)\s+(?:of\s+)?\d{1,2}[./]\d{1,2}[./]\d{2,4}\s+(?:to|through|-|–)\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}", RegexOptions.IgnoreCase)]
    private static partial Regex Period();

    [GeneratedRegex(@"SOC\s?[123]®?\s*(?:Type\s?(?:II|I|1|2))?(?:\s+report)?", RegexOptions.IgnoreCase)]
    private static partial Regex Report();

    [GeneratedRegex(@"(?:through|until|up to and including|as of)\s+(?<d>\w+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? \w+ \d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?=[^.]{0,200}(?:material change|changes|aware))", RegexOptions.IgnoreCase)]
    private static partial Regex Through();

    [GeneratedRegex(@"^(sincerely|regards|kind regards|best regards|respectfully|yours (truly|faithfully|sincerely)),?$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"(not aware of any|no) material changes", RegexOptions.IgnoreCase)]
    private static partial Regex NoChanges();

    [GeneratedRegex(@"(?<f>[A-Z][\w&]+(?: [A-Z][\w&]+){0,3}) prepared the (latest )?SOC")]
    private static partial Regex Firm();
}
