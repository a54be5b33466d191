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
        SocPeriod.Parse(primary, front, kind, sink);
        TrustCategories(front, sink);
        SocOpinion.Parse(context, primary, sink);
        SocAuditor.Parse(context, report, sink);
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
            // A legal form may take two words ("Pty Ltd", "Pte. Ltd.").
            var form = OrganizationNames.LegalForm + @"\.?";
            var legal = new Regex(@"\b" + Regex.Escape(shortName) + @"(?:[ ,][A-Z&][\w&.-]*){0,5}?,? " + form + "(?: " + form + ")?", RegexOptions.None, RegexBudget.Timeout);
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

    [GeneratedRegex(@"We have examined (?:the )?(?:attached |accompanying )?(?:description of )?(?<org>[A-Z][^.;:]{0,80}?(?:Inc\.|Corp\.|Co\.|Ltd\.|L\.L\.C\.)?)(?:’s|'s|’|')", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Examined();

    [GeneratedRegex(@"To the (?:Management|Board of Directors) of:?\s+(?<org>[A-Z][^,\n]{1,60}(?:, (?:Inc|LLC|Ltd)\.?)?)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ManagementOf();

    [GeneratedRegex(@"(?:criteria (?:relevant|applicable) to|relevant to the|in relation to the)\s+(?<list>(?:(?:security|availability|processing integrity|confidentiality|privacy)(?:,\s*and\s+|,\s*|\s+and\s+)?){1,5})|(?<list>(?:(?:security|availability|processing integrity|confidentiality|privacy)(?:,\s*and\s+|,\s*|\s+and\s+)?){1,5})\s+(?:trust services )?categor", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CategoryPhrase();
}
