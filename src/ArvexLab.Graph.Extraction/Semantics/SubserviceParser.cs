using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Subservice organizations from, in order of trust: a table of organizations and services
/// (<see cref="SubserviceTable"/>), "Name: services" lines in the subservice section, and the
/// sentences auditors use ("uses X as a subservice organization", "uses a subservice
/// organization, X, to provide …", "does not include the … services provided by X"). The method
/// is read from the report's own words (<see cref="SubserviceMethodWords"/>). An abbreviation the
/// report defines ("Amazon Web Services (“AWS”)") is given with its full name.
/// </summary>
public static partial class SubserviceParser
{
    public static List<ExtractedSubserviceOrganization> Parse(DocumentContext context)
    {
        var text = context.Flow.Text;
        var method = SubserviceMethodWords.Of(context);
        var found = new List<(SubserviceRow Row, double Confidence)>();

        foreach (var row in SubserviceTable.Read(context))
        {
            Add(found, row, row.Services is null ? 0.75 : 0.93);
        }

        foreach (var section in context.All(SectionKind.SubserviceOrganizations).Where(s => !SectionSpan.IsContentsEntry(context, s)))
        {
            var end = SectionSpan.End(context, section);
            for (var i = section.Start + 1; i < end; i++)
            {
                var line = TextNormal.StripBullet(context.Lines[i].Text);
                if (NameColonServices().Match(line) is { Success: true } m)
                {
                    Add(found, new SubserviceRow(TextNormal.Clean(m.Groups["name"].Value), TextNormal.Clean(m.Groups["svc"].Value).TrimEnd('.'), i, context.Lines[i].Citation, false), 0.9);
                }
            }
        }

        foreach (Match m in UsesAs().Matches(text))
        {
            foreach (var name in SplitNames(m.Groups["names"].Value))
            {
                Add(found, new SubserviceRow(name, null, -1, context.Flow.Cite(m.Index, m.Length), false), 0.8);
            }
        }

        foreach (Match m in UsesSubservice().Matches(text))
        {
            var name = TextNormal.Clean(m.Groups["name"].Value);
            var alias = m.Groups["alias"].Success ? m.Groups["alias"].Value : null;
            Add(found, new SubserviceRow(alias is null ? name : $"{name} ({alias})", TextNormal.Clean(m.Groups["svc"].Value), -1, context.Flow.Cite(m.Index, m.Length), false), 0.85);
        }

        foreach (Match m in NotIncluded().Matches(text))
        {
            Add(found, new SubserviceRow(TextNormal.Clean(m.Groups["name"].Value), TextNormal.Clean(m.Groups["svc"].Value), -1, context.Flow.Cite(m.Index, m.Length), false), 0.8);
        }

        return found.Select(f => new ExtractedSubserviceOrganization(
                WithDefinedName(f.Row.Name, text),
                f.Row.Services,
                method.Method,
                Math.Round(method.Method is null ? f.Confidence - 0.2 : Math.Min(f.Confidence, method.Confidence), 2),
                f.Row.Citation))
            .ToList();
    }

    private static void Add(List<(SubserviceRow Row, double Confidence)> found, SubserviceRow row, double confidence)
    {
        var index = found.FindIndex(f => Same(f.Row.Name, row.Name));
        if (index < 0)
        {
            found.Add((row, confidence));
        }
        else if (found[index].Row.Services is null && row.Services is not null)
        {
            found[index] = (found[index].Row with { Services = row.Services }, Math.Max(found[index].Confidence, confidence));
        }
    }

    private static IEnumerable<string> SplitNames(string names) =>
        AndList().Split(names).Select(TextNormal.Clean).Where(n => n.Length >= 2 && char.IsUpper(n[0]));

    // "AWS" in a table, "Amazon Web Services (“AWS”)" in the text: name it as the report defines it.
    private static string WithDefinedName(string name, string text)
    {
        if (name.Length > 6 || !name.All(c => char.IsUpper(c) || char.IsDigit(c)))
        {
            return name;
        }

        foreach (Match m in Regex.Matches(text, @"(?<full>(?:[A-Z][\w&.\-]*\s){1,6})\(\W?" + Regex.Escape(name) + @"\W?\)", RegexOptions.None, RegexBudget.Timeout))
        {
            // The defining words are the last ones whose initials spell the abbreviation.
            var words = m.Groups["full"].Value.Trim().Split(' ');
            for (var k = 1; k <= words.Length; k++)
            {
                var tail = words[^k..];
                if (string.Concat(tail.Select(w => char.ToUpperInvariant(w[0]))) == name)
                {
                    return $"{string.Join(' ', tail)} ({name})";
                }
            }
        }

        return name;
    }

    private static bool Same(string existing, string name)
    {
        var (a, b) = (TextNormal.Key(existing), TextNormal.Key(name));
        return a == b || ContainsWords(a, b) || ContainsWords(b, a) || a.Split(' ').Intersect(b.Split(' ')).Count() >= Math.Min(2, Math.Min(a.Split(' ').Length, b.Split(' ').Length)) && TextNormal.Jaccard(a, b) >= 0.5;
    }

    // Whole words only: "ms" is not part of "systems".
    private static bool ContainsWords(string key, string part) => $" {key} ".Contains($" {part} ", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<name>[A-Z][\w&.,'’\- ]{1,60}?)\s*[:–—]\s+(?<svc>[A-Z][^:]{3,160})$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex NameColonServices();

    [GeneratedRegex(@"\buses (?<names>[A-Z][\w&.,\- ]{1,120}?) as (?:a |its |the )?(?:third[- ]party )?subservice (?:organi[sz]ations?|providers?)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex UsesAs();

    [GeneratedRegex(@",?\s+and\s+|,\s+(?!" + OrganizationNames.LegalForm + ")", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex AndList();

    [GeneratedRegex(@"(?:uses|utilizes|relies on) (?:a |the )?(?:third[- ]party )?subservice (?:organization|provider)s?,?\s+(?<name>[A-Z][\w&.\- ]{1,50}?)\s*(?:\(\W?(?<alias>[A-Z][\w]{1,12})\W?\))?,?\s+(?:to provide|for)\s+(?<svc>[^.;]{3,120})", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex UsesSubservice();

    [GeneratedRegex(@"does not include (?:the )?(?<svc>[^.;]{3,80}?) provided by (?<name>[A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*){0,4})", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex NotIncluded();
}
