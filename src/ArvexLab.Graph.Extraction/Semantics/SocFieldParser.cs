using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>Cover, auditor's report and assertion fields of a SOC 2 / SOC 3 report.</summary>
public static partial class SocFieldParser
{
    private static readonly string[] Categories = ["security", "availability", "processing integrity", "confidentiality", "privacy"];

    public static void Parse(DocumentContext context, DocumentKind kind, FieldSink sink)
    {
        var report = AuditorReport(context);
        var front = context.Front(Math.Min(context.PageCount, 12));
        var primary = report ?? front;

        Organization(primary, front, sink);
        SocSystemName.Parse(front, sink);
        Period(primary, front, kind, sink);
        TrustCategories(front, sink);
        Opinion(context, primary, sink);
        AuditorAndDate(context, report, sink);
    }

    /// <summary>
    /// The auditor's report: from the report heading before the first "In our opinion" to the next
    /// major section after it (running headers that repeat the report title are not boundaries).
    /// </summary>
    private static TextFlow? AuditorReport(DocumentContext context)
    {
        var lines = context.Lines;
        var opinion = -1;
        for (var i = 0; i < lines.Count && opinion < 0; i++)
        {
            if (lines[i].Text.Contains("In our opinion", StringComparison.OrdinalIgnoreCase))
            {
                opinion = i;
            }
        }

        if (opinion < 0)
        {
            return null;
        }

        var start = context.All(SectionKind.AuditorReport).Where(s => s.Start <= opinion).Select(s => s.Start).DefaultIfEmpty(Math.Max(0, opinion - 150)).Max();
        var startPage = lines[start].Page;
        var firstOfPage = context.All(SectionKind.AuditorReport).Where(s => s.Heading.Page == startPage).Select(s => s.Start).DefaultIfEmpty(start).Min();
        var next = context.Sections.FirstOrDefault(s => s.Start > opinion && s.Kind is SectionKind.Assertion or SectionKind.SystemDescription or SectionKind.ControlTests or SectionKind.OtherInformation);
        var end = next?.Start ?? lines.Count;
        var limitPage = lines[opinion].Page + 3;
        var taken = lines.Skip(firstOfPage).Take(end - firstOfPage).Where(l => l.Page <= limitPage).ToList();
        return new TextFlow(taken);
    }

    private static void Organization(TextFlow primary, TextFlow front, FieldSink sink)
    {
        foreach (var flow in new[] { primary, front }.Distinct())
        {
            foreach (Match m in Examined().Matches(flow.Text))
            {
                sink.Offer("serviceOrganization", TextNormal.Clean(m.Groups["org"].Value), 0.93, flow.Cite(m.Groups["org"].Index, m.Groups["org"].Length));
            }
        }

        // Reports often examine "Acme's" description; the legal name ("Acme Widgets, Inc.") is printed elsewhere.
        if (sink.Best("serviceOrganization") is string shortName && !OrganizationNames.HasLegalForm(shortName) && shortName.Length >= 3)
        {
            var legal = new Regex(@"\b" + Regex.Escape(shortName) + @"(?:[ ,][A-Z&][\w&.-]*){0,5}?,? (?:Inc\.|LLC|L\.L\.C\.|Ltd\.?|Limited|Corp\.|Corporation|Co\.|GmbH|AG|Pty Ltd|ApS|B\.V\.|S\.A\.|plc|LLP|Group)", RegexOptions.None, TimeSpan.FromSeconds(1));
            var best = legal.Matches(front.Text).GroupBy(m => m.Value).OrderByDescending(g => g.Count()).FirstOrDefault();
            if (best is not null)
            {
                var m = best.First();
                sink.Offer("serviceOrganization", TextNormal.Clean(m.Value), 0.95, front.Cite(m.Index, m.Length));
            }
        }

        if (!sink.Has("serviceOrganization") && ManagementOf().Match(primary.Text) is { Success: true } to)
        {
            sink.Offer("serviceOrganization", TextNormal.Clean(to.Groups["org"].Value), 0.7, primary.Cite(to.Groups["org"].Index, to.Groups["org"].Length));
        }
    }

    private static void Period(TextFlow primary, TextFlow front, DocumentKind kind, FieldSink sink)
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

    private static void TrustCategories(TextFlow front, FieldSink sink)
    {
        var found = new List<string>();
        Citation? citation = null;
        foreach (Match m in CategoryPhrase().Matches(front.Text))
        {
            var phrase = m.Groups["list"].Value.ToLowerInvariant();
            foreach (var category in Categories.Where(c => phrase.Contains(c, StringComparison.Ordinal) && !found.Contains(c)))
            {
                found.Add(category);
                citation ??= front.Cite(m.Index, m.Length);
            }
        }

        if (found.Count > 0)
        {
            var value = Categories.Where(found.Contains).Select(c => c.ToUpperInvariant().Replace(' ', '_')).ToList();
            sink.Offer("trustServicesCategories", value, 0.85, citation);
        }
    }

    private static void Opinion(DocumentContext context, TextFlow primary, FieldSink sink)
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

    private static void AuditorAndDate(DocumentContext context, TextFlow? report, FieldSink sink)
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

    [GeneratedRegex(@"We have examined (?:the )?(?:attached |accompanying )?(?:description of )?(?<org>[A-Z][^.;:]{0,80}?(?:Inc\.|Corp\.|Co\.|Ltd\.|L\.L\.C\.)?)(?:’s|'s|’|')", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Examined();

    [GeneratedRegex(@"To the (?:Management|Board of Directors) of:?\s+(?<org>[A-Z][^,\n]{1,60}(?:, (?:Inc|LLC|Ltd)\.?)?)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ManagementOf();

    [GeneratedRegex(@"(?:throughout the period|for the period|period|review period)(?: of| from)?\s+(?<a>[^.;]{6,30}?)\s*(?:to|through|until|–|-)\s+(?<b>[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9},? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PeriodPhrase();

    [GeneratedRegex(@"(?:(?:design|description|implemented|system|controls|report)[^.]{0,60}?)?\bas of\s+(?<d>[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9},? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex AsOf();

    [GeneratedRegex(@"(?:criteria (?:relevant|applicable) to|relevant to the|in relation to the)\s+(?<list>(?:(?:security|availability|processing integrity|confidentiality|privacy)(?:,\s*and\s+|,\s*|\s+and\s+)?){1,5})|(?<list>(?:(?:security|availability|processing integrity|confidentiality|privacy)(?:,\s*and\s+|,\s*|\s+and\s+)?){1,5})\s+(?:trust services )?categor", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CategoryPhrase();


    [GeneratedRegex(@"In our opinion", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex InOurOpinion();

    [GeneratedRegex(@"(?<![\w&])(?<f>(?:(?:[A-Z][A-Za-z'’.-]*|&)[ ,]+){0,4}?[A-Z][A-Za-z&'’.-]*,? (?:CPAs,? (?:LLP|P\.C\.|PC|LLC)|CPAs LLP|LLP|L\.L\.P\.|LLC|PLLC|P\.C\.|P\.A\.|CPAs))(?![\w])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Firm();
}
