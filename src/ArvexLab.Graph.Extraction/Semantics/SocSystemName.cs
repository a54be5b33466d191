using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// The system a SOC report covers is named wherever the report refers to the description:
/// "description of its X [system] titled …", "Org's description of X for the period …" (assertion),
/// "controls within the X were effective" (SOC 3 opinion), "Report on the X Relevant to …" (title).
/// Every mention is offered so that agreement between them decides; a trailing "system" is dropped.
/// </summary>
public static partial class SocSystemName
{
    private const string Name = @"(?<sys>[A-Z0-9][^\s;:""“”(),]*(?:\s+[^\s;:""“”(),]+){0,7}?)(?:\s+(?:systems?|\(system\)))?";

    public static void Parse(TextFlow front, FieldSink sink)
    {
        foreach (var (rule, confidence) in new[] { (DescriptionOf(), 0.85), (ControlsWithin(), 0.8), (ReportOn(), 0.8) })
        {
            foreach (Match m in rule.Matches(front.Text))
            {
                // In running text a capitalised "System" belongs to the name ("the FleetTrack System");
                // a title capitalises every word, so there it cannot be told from the generic noun.
                var title = TitleCase().IsMatch(m.Value);
                var name = TextNormal.Clean(m.Groups["sys"].Value);
                name = (title ? AnyTrailing() : Trailing()).Replace(name, string.Empty).Trim();
                if (name.Length >= 2 && !Generic().IsMatch(name))
                {
                    sink.Offer("systemName", name, title ? 0.68 : confidence, front.Cite(m.Groups["sys"].Index, m.Groups["sys"].Length));
                }
            }
        }
    }

    [GeneratedRegex(@"(?i:description of)\s+(?:(?i:its|the)\s+|" + OrganizationNames.Pattern + @"['’]s?\s+(?:\([^)]{0,80}\)\s+)?)" + Name + @"\s*(?=(?i:titled|found in|throughout|for the period|during the period|as of|and on the|based on|relevant to|made available)\b|\()", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DescriptionOf();

    [GeneratedRegex(@"controls within the " + Name + @"\s+(?=(?i:were|was|are|is|throughout|as of)\b)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ControlsWithin();

    [GeneratedRegex(@"(?i:report on the) " + Name + @"\s+(?=(?i:relevant to)\b)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ReportOn();

    [GeneratedRegex(@"(?<=\S)[\s®]*\b(?:systems?|\(system\))$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Trailing();

    [GeneratedRegex(@"(?<=\S)[\s®]*\b(?i:systems?|\(system\))$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex AnyTrailing();

    [GeneratedRegex(@"^(Description of Its|Description Of|Report on the|Report On The)\b", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex TitleCase();

    // "the Description of the System", "Section III": a heading, not a name.
    [GeneratedRegex(@"^(?i:system|the system|section|service organization|management)\b", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Generic();
}
