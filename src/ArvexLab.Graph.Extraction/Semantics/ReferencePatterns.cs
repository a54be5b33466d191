using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>Shapes of Trust Services Criteria ids and of control reference numbers.</summary>
public static partial class ReferencePatterns
{
    /// <summary>All TSC ids in a text, normalised ("CC 6.1" → "CC6.1"); ranges "CC6.1 - CC6.3" expanded.</summary>
    public static IReadOnlyList<string> Criteria(string text)
    {
        var found = new List<string>();
        foreach (Match m in CriterionPattern().Matches(text))
        {
            var series = m.Groups["s"].Value.ToUpperInvariant();
            var id = $"{series}{m.Groups["a"].Value}.{m.Groups["b"].Value}";
            if (m.Groups["to"].Success && int.TryParse(m.Groups["b"].Value, out var from) && int.TryParse(m.Groups["to"].Value, out var to) && to > from && to - from < 10)
            {
                found.AddRange(Enumerable.Range(from, to - from + 1).Select(n => $"{series}{m.Groups["a"].Value}.{n}"));
            }
            else
            {
                found.Add(id);
            }
        }

        return found.Distinct().ToList();
    }

    /// <summary>True when the cell text starts with a criterion id (a row/group for that criterion).</summary>
    public static bool StartsWithCriterion(string text) => LeadingCriterion().IsMatch(text);

    /// <summary>
    /// A criterion's label: its id followed by its title ("CC6.3 The entity authorizes …", "CC1.4: COSO Principle 4"),
    /// not a list of ids ("CC6.1, CC6.2") nor ids run into a sentence ("CC6.1 and …").
    /// </summary>
    public static bool IsCriterionLabel(string text)
    {
        if (!StartsWithCriterion(text))
        {
            return false;
        }

        var title = CriterionPattern().Replace(text, " ").TrimStart(' ', ':', '-', '–', '|', ',', ';');
        return title.Length > 0 && char.IsUpper(title[0]);
    }

    /// <summary>A control reference printed on its own: CC6.1.2, C-01, AC-03, CA.12, 1.1, 4.02a.</summary>
    public static bool IsControlRef(string text) => ControlRef().IsMatch(text.Trim());

    /// <summary>A control reference at the start of a text, followed by the description.</summary>
    public static (string Ref, string Remainder)? SplitLeadingRef(string text)
    {
        var m = LeadingControlRef().Match(text);
        return m.Success ? (m.Groups["r"].Value, text[m.Length..].Trim()) : null;
    }

    /// <summary>A regex fragment: the letters of a trust services criterion (CC, PI, A, C, P) as printed, in capitals.</summary>
    internal const string Series = "(?:CC|PI|A|C|P)";

    [GeneratedRegex(@"(?<![A-Za-z])(?<s>" + Series + @")\s?(?<a>\d{1,2})\.(?<b>\d{1,2})(?!\.\d)(?:\s*(?:-|–|through|to)\s*" + Series + @"\s?\k<a>\.(?<to>\d{1,2}))?", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex CriterionPattern();

    [GeneratedRegex(@"^\s*" + Series + @"\s?\d{1,2}\.\d{1,2}(?!\.\d)\b", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex LeadingCriterion();

    [GeneratedRegex(@"^(?:[A-Z]{1,6}[-. ]?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?|\d{1,2}(?:\.\d{1,3}){1,3}[a-z]?)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ControlRef();

    [GeneratedRegex(@"^\s*(?<r>[A-Z]{1,6}[-.]?\d{1,3}(?:\.\d{1,3}){0,3}|\d{1,2}(?:\.\d{1,3}){1,3})[:.)]?\s+(?=[A-Z])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex LeadingControlRef();
}
