using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>The period a SOC report covers (Type II) or the date it speaks as of (Type I).</summary>
public static partial class SocPeriod
{
    public static void Parse(TextFlow primary, TextFlow front, DocumentKind kind, FieldSink sink)
    {
        var flows = new[] { primary, front }.Distinct().ToList();
        foreach (var flow in flows)
        {
            foreach (Match m in PeriodPhrase().Matches(flow.Text))
            {
                var dates = DateParser.FindAll(m.Value);
                if (dates.Count < 2 || dates[1].Date <= dates[0].Date)
                {
                    continue;
                }

                var strength = m.Value.Contains("throughout", StringComparison.OrdinalIgnoreCase) ? 0.95 : 0.85;
                var citation = flow.Cite(m.Index, m.Length);
                sink.Offer("periodStart", dates[0].Date, strength - (dates[0].Ambiguous ? 0.3 : 0), citation);
                sink.Offer("periodEnd", dates[1].Date, strength - (dates[1].Ambiguous ? 0.3 : 0), citation);
            }
        }

        if (kind == DocumentKind.Soc2TypeII && sink.Has("periodEnd"))
        {
            return;
        }

        foreach (var flow in flows)
        {
            foreach (Match m in AsOf().Matches(flow.Text))
            {
                if (DateParser.FindFirst(m.Groups["d"].Value) is { } date)
                {
                    var strength = m.Value.Contains("design", StringComparison.OrdinalIgnoreCase) || m.Value.Contains("description", StringComparison.OrdinalIgnoreCase) ? 0.93 : 0.85;
                    sink.Offer("asOfDate", date.Date, strength - (date.Ambiguous ? 0.3 : 0), flow.Cite(m.Index, m.Length));
                }
            }
        }
    }

    [GeneratedRegex(@"(?:throughout the period|for the period|period|review period)(?: of| from)?\s+(?<a>[^.;]{6,30}?)\s*(?:to|through|until|–|-)\s+(?<b>" + DateParser.Shape + ")", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PeriodPhrase();

    [GeneratedRegex(@"(?:(?:design|description|implemented|system|controls|report)[^.]{0,60}?)?\bas of\s+(?<d>" + DateParser.Shape + ")", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex AsOf();
}
