using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>The accreditation body named on a certificate and the certification body's accreditation number.</summary>
public static partial class IsoBodies
{
    public static void Parse(TextFlow flow, FieldSink sink)
    {
        foreach (Match ab in AccreditationBody().Matches(flow.Text))
        {
            sink.Offer("accreditationBody", ab.Groups["ab"].Value.ToUpperInvariant() == "DAKKS" ? "DAkkS" : ab.Groups["ab"].Value, 0.85, flow.Cite(ab.Index, ab.Length));
            if (ab.Groups["n"].Success)
            {
                sink.Offer("accreditationNumber", AccreditationNumber(ab), ab.Groups["lab"].Success ? 0.9 : 0.8, flow.Cite(ab.Index, ab.Length));
            }
        }
    }

    // A body's code hyphenated onto the number ("IAC-MSCB-5044") is part of the number as printed.
    private static string AccreditationNumber(Match ab)
    {
        var (body, number) = (ab.Groups["ab"], ab.Groups["n"]);
        return number.Index == body.Index + body.Length + 1 && ab.Value[body.Length] == '-' ? body.Value + "-" + number.Value : number.Value;
    }

    [GeneratedRegex(@"(?<![\w-])(?<ab>UKAS|ANAB|IAS|DAkkS|COFRAC|ACCREDIA|ENAC|RvA|BELAC|SAS|DANAK|SWEDAC|FINAS|INAB|IPAC|PCA|SNAS|NAH|RENAR|ESYD|TURKAK|TÜRKAK|JAS-ANZ|SCC|EMA|JAB|ISMS-AC|KAB|CNAS|TAF|HKAS|SAC|NABCB|KAN|EGAC|SANAS|GAC|EIAC|SAAC|IAC|UAF|EGAC)(?![\w])(?:[\s-]*(?i:management systems?|accredited|(?<lab>accreditation(?= (?:no|number|#))))?\s*(?i:no\.?|number|#)?\s*:?\s*(?<n>(?:[A-Z]{1,6}-)*\d{2,8}(?:-[A-Z0-9]{1,8})*))?", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex AccreditationBody();
}
