using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>The auditor's opinion of a SOC report and, when qualified or adverse, the criteria it concerns.</summary>
public static partial class SocOpinion
{
    public static void Parse(DocumentContext context, TextFlow primary, FieldSink sink)
    {
        var heading = context.All(SectionKind.Opinion).Concat(context.All(SectionKind.BasisForModification)).Select(s => s.Heading).FirstOrDefault();
        var headingText = heading?.Text.ToLowerInvariant() ?? string.Empty;
        var m = InOurOpinion().Match(primary.Text);
        var sentence = m.Success ? primary.Text.Substring(m.Index, Math.Min(400, primary.Text.Length - m.Index)).ToLowerInvariant() : string.Empty;
        var citation = m.Success ? primary.Cite(m.Index, 60) : heading?.Citation;

        (string Value, double Confidence)? opinion = null;
        if (headingText.Contains("disclaimer") || sentence.Contains("do not express an opinion"))
        {
            opinion = ("DISCLAIMER", headingText.Contains("disclaimer") ? 0.92 : 0.8);
        }
        else if (headingText.Contains("adverse") || sentence.Contains("because of the significance"))
        {
            opinion = ("ADVERSE", headingText.Contains("adverse") && sentence.Contains("because of the significance") ? 0.95 : 0.82);
        }
        else if (headingText.Contains("qualified") && !headingText.Contains("unqualified") || sentence.Contains("except for"))
        {
            opinion = ("QUALIFIED", headingText.Contains("qualified") && sentence.Contains("except for") ? 0.95 : 0.82);
        }
        else if (m.Success && sentence.Contains("in all material respects"))
        {
            opinion = ("UNMODIFIED", 0.93);
        }

        if (opinion is { } o)
        {
            sink.Offer("opinion", o.Value, o.Confidence, citation);
        }

        if (opinion?.Value is "QUALIFIED" or "ADVERSE")
        {
            var basis = context.All(SectionKind.BasisForModification).Select(context.FlowOf).FirstOrDefault();
            if (basis is not null && ReferencePatterns.Criteria(basis.Text) is { Count: > 0 } criteria)
            {
                sink.Offer("qualifiedCriteria", criteria.ToList(), 0.85, basis.Cite(0, Math.Min(200, basis.Text.Length)));
            }
        }
    }

    [GeneratedRegex(@"In our opinion", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex InOurOpinion();
}
