using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Settles a numeric date that reads both ways ("11.03.2024", "03/04/2025") from the document
/// itself: dotted dates are day-first by convention, and one date elsewhere in the document that
/// only reads one way ("13/03/2028" or "03/14/2025") shows the order its author uses.
/// </summary>
public static partial class NumericDateOrder
{
    public static (DateOnly Date, bool Ambiguous) Resolve(DateMatch date, string source, string document)
    {
        if (!date.Ambiguous)
        {
            return (date.Date, false);
        }

        var printed = source.Substring(date.Index, date.Length);
        if (printed.Contains('.'))
        {
            return (date.Date, false);
        }

        var (dayFirst, monthFirst) = (false, false);
        foreach (Match m in Numeric().Matches(document))
        {
            var a = int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture);
            dayFirst |= a is > 12 and <= 31 && b <= 12;
            monthFirst |= b is > 12 and <= 31 && a <= 12;
        }

        // The parser reads day-first; a month-first document swaps day and month back.
        return (dayFirst, monthFirst) switch
        {
            (true, false) => (date.Date, false),
            (false, true) => (new DateOnly(date.Date.Year, date.Date.Day, date.Date.Month), false),
            _ => (date.Date, true),
        };
    }

    [GeneratedRegex(@"(?<![\d.])(?<a>\d{1,2})(?<s>[./-])(?<b>\d{1,2})\k<s>\d{4}(?![\d])|(?<![\d.])(?<a>\d{1,2})(?<s>[/-])(?<b>\d{1,2})\k<s>\d{2}(?![\d])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Numeric();
}
