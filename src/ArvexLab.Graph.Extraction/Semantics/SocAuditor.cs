using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>The CPA firm that signed a SOC report and the report's date under its signature.</summary>
public static partial class SocAuditor
{
    public static void Parse(DocumentContext context, TextFlow? report, FieldSink sink)
    {
        var org = sink.Best("serviceOrganization") as string ?? "\u0000";
        var firms = new List<(string Name, double Score, Citation? Citation)>();
        foreach (Match m in Firm().Matches(context.Flow.Text))
        {
            var name = TextNormal.Clean(m.Groups["f"].Value);
            if (name.Contains(org, StringComparison.OrdinalIgnoreCase) || org.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var line = context.Flow.Lines[context.Flow.LineIndexAt(m.Index)];
            var alone = line.Text.Trim().Length <= name.Length + 3;
            var inReport = report?.Lines.Contains(line) == true;
            var score = 0.55 + (alone ? 0.2 : 0) + (inReport ? 0.15 : 0) + (PerformedNear(context.Flow.Text, m) ? 0.15 : 0);
            firms.Add((name, score, line.Citation));
        }

        foreach (var firm in firms)
        {
            sink.Offer("auditor", firm.Name, Math.Min(0.95, firm.Score), firm.Citation);
        }

        // The report date sits under the signature: the last stand-alone date line of the auditor's report.
        if (report is not null)
        {
            var dated = report.Lines.Where(l => l.Text.Length < 40 && DateParser.FindFirst(l.Text) is { } d && d.Length >= l.Text.Trim().Length - 2).LastOrDefault();
            if (dated is not null && DateParser.FindFirst(dated.Text) is { } date)
            {
                sink.Offer("reportDate", date.Date, date.Ambiguous ? 0.6 : 0.9, dated.Citation);
            }
        }
    }

    private static bool PerformedNear(string text, Match m)
    {
        var after = text.Substring(m.Index + m.Length, Math.Min(40, text.Length - m.Index - m.Length));
        return after.Contains("perform", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?<![\w&])(?<f>(?:(?:[A-Z][A-Za-z'’.-]*|&)[ ,]+){0,4}?[A-Z][A-Za-z&'’.-]*,? (?:CPAs,? (?:LLP|P\.C\.|PC|LLC)|CPAs LLP|LLP|L\.L\.P\.|LLC|PLLC|P\.C\.|P\.A\.|CPAs))(?![\w])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Firm();
}
