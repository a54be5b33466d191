using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

public enum SectionKind
{
    AuditorReport,
    Assertion,
    SystemDescription,
    ControlTests,
    OtherInformation,
    SubserviceOrganizations,
    SubserviceControls,
    UserEntityControls,
    ManagementResponses,
    Opinion,
    BasisForModification,
}

/// <summary>A span of the document's lines that starts at a heading.</summary>
public sealed record Section(SectionKind Kind, int Start, int End, TextLine Heading);

/// <summary>
/// Finds sections by the words of their headings, never by their numbers (Section 3, III, C ...
/// differ by audit firm). A heading is a short line, not a table-of-contents entry, whose text is
/// mostly the heading phrase.
/// </summary>
public static partial class Sections
{
    private static readonly (SectionKind Kind, Regex Pattern)[] Headings =
    [
        (SectionKind.AuditorReport, new(@"independent (service )?auditor'?s'? report|report of independent (service )?auditors?|independent accountants?'? report|independent service auditor", RegexOptions.IgnoreCase, RegexBudget.Timeout)),
        (SectionKind.Assertion, new(@"management'?s'? assertion|assertion (of|by) .{0,60}management", RegexOptions.IgnoreCase, RegexBudget.Timeout)),
        (SectionKind.SystemDescription, new(@"description of (the |its )?.{0,60}system|^description of [A-Z]", RegexOptions.IgnoreCase, RegexBudget.Timeout)),
        (SectionKind.ControlTests, new(@"tests? of controls|results thereof|related controls|control activities and tests|testing matri|information provided by the (independent )?service auditor|criteria,? (related )?controls", RegexOptions.IgnoreCase, RegexBudget.Timeout)),
        (SectionKind.OtherInformation, new(@"other information provided by", RegexOptions.IgnoreCase, RegexBudget.Timeout)),
        (SectionKind.SubserviceControls, new(@"complementary subservice organi[sz]ation controls?", RegexOptions.IgnoreCase, RegexBudget.Timeout)),
        (SectionKind.SubserviceOrganizations, new(@"^(the )?(use of )?subservice (organi[sz]ations?|providers?)( used)?\s*$|subservice organi[sz]ations? (used|and services)", RegexOptions.IgnoreCase, RegexBudget.Timeout)),
        (SectionKind.UserEntityControls, new(@"complementary user[- ]entity controls?|user[- ]entity (control )?(responsibilities|considerations)|user control considerations|complementary customer controls|client responsibilities", RegexOptions.IgnoreCase, RegexBudget.Timeout)),
        (SectionKind.ManagementResponses, new(@"management'?s'? responses?( to (exceptions|deviations))?\s*$|management response to exceptions", RegexOptions.IgnoreCase, RegexBudget.Timeout)),
        (SectionKind.BasisForModification, new(@"^basis for (qualified|adverse|disclaimer)", RegexOptions.IgnoreCase, RegexBudget.Timeout)),
        (SectionKind.Opinion, new(@"^((un)?qualified |adverse |unmodified )?opinion\s*$|^disclaimer of opinion\s*$", RegexOptions.IgnoreCase, RegexBudget.Timeout)),
    ];

    /// <summary>Sections of the lines, given what each line heads (<see cref="HeadingKind"/> of each).</summary>
    public static List<Section> Find(IReadOnlyList<TextLine> lines, IReadOnlyList<SectionKind?> headingKinds)
    {
        var headings = new List<(int Index, SectionKind Kind)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (headingKinds[i] is { } kind)
            {
                headings.Add((i, kind));
            }
        }

        var sections = new List<Section>();
        for (var h = 0; h < headings.Count; h++)
        {
            var end = h + 1 < headings.Count ? headings[h + 1].Index : lines.Count;
            sections.Add(new Section(headings[h].Kind, headings[h].Index, end, lines[headings[h].Index]));
        }

        return sections;
    }

    public static SectionKind? HeadingKind(TextLine line)
    {
        var text = line.Text.Trim();
        if (text.Length < 5 || text.Length > 140 || DotLeader().IsMatch(text) || line.Words.Count > 18)
        {
            return null;
        }

        // Body sentences mention sections ("... described in Section 4"); headings do not end in a full stop.
        var unquoted = text.TrimEnd('"', '”', '’', '\'');
        if (unquoted.EndsWith('.') || unquoted.EndsWith(',') || unquoted.Length < text.Length || StartsLowercase().IsMatch(text))
        {
            return null;
        }

        var bare = SectionNumber().Replace(text, string.Empty).Trim();
        foreach (var (kind, pattern) in Headings)
        {
            var m = pattern.Match(bare);
            if (m.Success && m.Length >= bare.Length * 0.45)
            {
                return kind;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\.{4,}|…{2,}|(\s\.){3,}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DotLeader();

    [GeneratedRegex(@"^[a-z]", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex StartsLowercase();

    [GeneratedRegex(@"^(section|part)\s+([ivx]+|\d+|[a-e])\s*[:.–—-]?\s*|^([ivx]+|\d+|[a-e])[.)]\s+|\s*\d{1,3}$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SectionNumber();
}
