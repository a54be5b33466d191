using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// The parts of a printed exception: the deviation without its label ("Exception noted:",
/// "Exceptions noted.", "Deviation noted.") and the management response that auditors print in
/// the same cell under one of several labels ("Management's response:", "Response from
/// Management:", "Management Response:", "Management comment:").
/// </summary>
public static partial class ExceptionText
{
    public static (string Description, string? Response) Split(string text)
    {
        var m = ResponseLabel().Match(text);
        var description = m.Success ? text[..m.Index] : text;
        var response = m.Success ? TextNormal.Clean(text[(m.Index + m.Length)..]) : null;
        return (StripLabel(TextNormal.Clean(description)), string.IsNullOrWhiteSpace(response) ? null : response);
    }

    /// <summary>The cell's text before a management response printed in it, as printed (labels kept).</summary>
    public static string BeforeResponse(string text) => ResponseLabel().Match(text) is { Success: true } m ? text[..m.Index].Trim() : text;

    public static string StripLabel(string text)
    {
        var stripped = Label().Replace(text, string.Empty).Trim();
        return stripped.Length > 0 ? stripped : text;
    }

    public static bool StartsWithLabel(string text) => Label().IsMatch(text);

    public static bool IsResponseLabel(string text) => ResponseLabel().Match(text) is { Success: true, Index: < 3 };

    public static string StripResponseLabel(string text) => TextNormal.Clean(ResponseLabel().Replace(text, string.Empty, 1));

    [GeneratedRegex(@"^\s*(?:the following )?(?:exceptions?|deviations?)(?: were| was)?(?: noted| identified| found| observed)?\s*[:.\-–—]\s*", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Label();

    [GeneratedRegex(@"\b(?:management['’]?s['’]?\s+responses?|responses?\s+(?:from|of|by)\s+management|management\s+responses?|management\s+comments?)\s*[:.\-–—]\s*", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ResponseLabel();
}
