using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Subservice organizations from a table in their section (name + services columns) or from the
/// sentences auditors use ("uses a subservice organization, X, to provide …", "does not include
/// the … services provided by X"). The method is read from the report's own words.
/// </summary>
public static partial class SubserviceParser
{
    public static List<ExtractedSubserviceOrganization> Parse(DocumentContext context)
    {
        var text = context.Flow.Text;
        SubserviceMethod? method = Inclusive().IsMatch(text) ? SubserviceMethod.Inclusive
            : CarveOut().IsMatch(text) ? SubserviceMethod.CarveOut : null;

        var found = new List<ExtractedSubserviceOrganization>();
        foreach (var section in context.All(SectionKind.SubserviceOrganizations).Concat(context.All(SectionKind.SubserviceControls)))
        {
            var regions = TableRegions.Find(context, section.Start, Math.Min(section.End + 40, context.Lines.Count), h => h.Has(ColumnRole.Name) && (h.Has(ColumnRole.Services) || h.Columns.Count == 2), continueAcrossPages: false);
            foreach (var region in regions)
            {
                var name = region.Roles.ToList().IndexOf(ColumnRole.Name);
                var services = region.Roles.ToList().IndexOf(ColumnRole.Services);
                var body = region.Lines.TakeWhile(l => !l.SpansColumns).ToList();
                foreach (var row in TableRows.Group([region with { Lines = body }]))
                {
                    // The table ends where rows stop looking like "name | services".
                    var n = row.Text(name);
                    if (n.Length is < 2 or > 60 || n.Split(' ').Length > 6 || services >= 0 && row.Text(services).Length == 0 || n.EndsWith('.'))
                    {
                        break;
                    }

                    {
                        if (found.Any(f => Same(f.Name, n, null)))
                        {
                            continue;
                        }

                        found.Add(new(n, services >= 0 ? row.Text(services) : null, method, method is null ? 0.75 : 0.88, row.Lines[0].Citation));
                    }
                }
            }
        }

        foreach (Match m in UsesSubservice().Matches(text))
        {
            var name = TextNormal.Clean(m.Groups["name"].Value);
            var alias = m.Groups["alias"].Success ? m.Groups["alias"].Value : null;
            var services = TextNormal.Clean(m.Groups["svc"].Value);
            if (!found.Any(f => Same(f.Name, name, alias)))
            {
                found.Add(new(alias is null ? name : $"{name} ({alias})", services, method, method is null ? 0.7 : 0.85, context.Flow.Cite(m.Index, m.Length)));
            }
        }

        foreach (Match m in NotIncluded().Matches(text))
        {
            var name = TextNormal.Clean(m.Groups["name"].Value);
            if (!found.Any(f => Same(f.Name, name, null)))
            {
                found.Add(new(name, TextNormal.Clean(m.Groups["svc"].Value), method ?? SubserviceMethod.CarveOut, 0.8, context.Flow.Cite(m.Index, m.Length)));
            }
        }

        return found;
    }

    private static bool Same(string existing, string name, string? alias)
    {
        var key = TextNormal.Key(existing);
        return key.Contains(TextNormal.Key(name)) || TextNormal.Key(name).Contains(key)
            || alias is not null && key.Split(' ').Contains(TextNormal.Key(alias));
    }

    [GeneratedRegex(@"inclusive method", RegexOptions.IgnoreCase)]
    private static partial Regex Inclusive();

    [GeneratedRegex(@"carve[- ]?out|carved out|does not (include|extend to)|not included in the scope|did not extend to|does not disclose the actual controls|excluded from the scope", RegexOptions.IgnoreCase)]
    private static partial Regex CarveOut();

    [GeneratedRegex(@"(?:uses|utilizes|relies on) (?:a |the )?(?:third[- ]party )?subservice (?:organization|provider)s?,?\s+(?<name>[A-Z][\w&.\- ]{1,50}?)\s*(?:\(\W?(?<alias>[A-Z][\w]{1,12})\W?\))?,?\s+(?:to provide|for)\s+(?<svc>[^.;]{3,120})")]
    private static partial Regex UsesSubservice();

    [GeneratedRegex(@"does not include (?:the )?(?<svc>[^.;]{3,80}?) provided by (?<name>[A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*){0,4})")]
    private static partial Regex NotIncluded();
}
