using System.Globalization;
using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>A date found in text; <see cref="Ambiguous"/> when day and month could be swapped.</summary>
public sealed record DateMatch(DateOnly Date, int Index, int Length, bool Ambiguous);

/// <summary>
/// Dates as printed on evidence: "25th October 2025", "October 25, 2025", "25 Oct. 2025",
/// "10.03.2027", "13/03/2028", "2025-10-25", "25-Oct-2025". Numeric dates are read day-first
/// (certificates are mostly European) unless only month-first is valid; when both readings are
/// valid and differ the match is flagged ambiguous so confidence can drop.
/// </summary>
public static partial class DateParser
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static IReadOnlyList<DateMatch> FindAll(string text)
    {
        var found = new List<DateMatch>();
        foreach (Match m in Pattern().Matches(text))
        {
            if (TryRead(m) is { } match)
            {
                found.Add(match);
            }
        }

        return found;
    }

    public static DateMatch? FindFirst(string text) => FindAll(text).FirstOrDefault();

    public static DateOnly? Parse(string text) => FindFirst(text)?.Date;

    private static DateMatch? TryRead(Match m)
    {
        if (m.Groups["iy"].Success)
        {
            return Make(m, Int(m, "iy"), Int(m, "im"), Int(m, "id"), false);
        }

        if (m.Groups["ny"].Success)
        {
            var (a, b, year) = (Int(m, "na"), Int(m, "nb"), Year(Int(m, "ny")));
            var dayFirstValid = Valid(year, b, a);
            var monthFirstValid = Valid(year, a, b);
            if (dayFirstValid)
            {
                return Make(m, year, b, a, monthFirstValid && a != b);
            }

            return monthFirstValid ? Make(m, year, a, b, false) : null;
        }

        var month = MonthNumber(m.Groups["mon"].Success ? m.Groups["mon"].Value : m.Groups["mon2"].Value);
        var day = m.Groups["d1"].Success ? Int(m, "d1") : Int(m, "d2");
        var y = m.Groups["y1"].Success ? Int(m, "y1") : Int(m, "y2");
        return month is { } mo ? Make(m, Year(y), mo, day, false) : null;
    }

    private static DateMatch? Make(Match m, int year, int month, int day, bool ambiguous) =>
        Valid(year, month, day) ? new DateMatch(new DateOnly(year, month, day), m.Index, m.Length, ambiguous) : null;

    private static bool Valid(int year, int month, int day) =>
        year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int Year(int y) => y < 100 ? 2000 + y : y;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int? MonthNumber(string name)
    {
        var key = name.ToLowerInvariant();
        var index = Array.FindIndex(Months, prefix => key.StartsWith(prefix, StringComparison.Ordinal));
        return index < 0 ? null : index + 1;
    }

    // Month names, full or abbreviated, as printed (match case-insensitively).
    private const string MonthName = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    private const string Year4 = @"(?:19|20)\d{2}";

    private const string Ordinal = @"(?:st|nd|rd|th)?";

    /// <summary>
    /// A regex fragment for every date shape this parser reads, without groups, to match case-insensitively:
    /// patterns that find a date by the words around it embed it and hand what it matched to <see cref="FindFirst"/>.
    /// </summary>
    internal const string Shape = @"(?:" + Year4 + @"-\d{1,2}-\d{1,2}"
        + @"|\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:" + Year4 + @"|\d{2})(?![\d.]\d)"
        + @"|\d{1,2}" + Ordinal + @"(?:\s+of)?[\s-]+" + MonthName + @"\.?,?[\s-]+" + Year4
        + @"|" + MonthName + @"\.?\s+\d{1,2}" + Ordinal + @",?\s+" + Year4 + @")(?!\w)";

    // A two-digit year only with slashes or hyphens ("03/31/25"): "4.12.20" is a section number far more often than a date.
    [GeneratedRegex(
        @"(?<![\w.])(?:(?<iy>" + Year4 + @")-(?<im>\d{1,2})-(?<id>\d{1,2})"
        + @"|(?<na>\d{1,2})\s?[./-]\s?(?<nb>\d{1,2})\s?[./-]\s?(?<ny>" + Year4 + @")(?![\d.]\d)"
        + @"|(?<na>\d{1,2})\s?[/-]\s?(?<nb>\d{1,2})\s?[/-]\s?(?<ny>\d{2})(?![\d.]\d)"
        + @"|(?<d1>\d{1,2})" + Ordinal + @"(?:\s+of)?[\s-]+(?<mon>" + MonthName + @")\.?,?[\s-]+(?<y1>" + Year4 + @")"
        + @"|(?<mon2>" + MonthName + @")\.?\s+(?<d2>\d{1,2})" + Ordinal + @",?\s+(?<y2>" + Year4 + @")"
        + @")(?!\w)",
        RegexOptions.IgnoreCase,
        RegexBudget.Milliseconds)]
    private static partial Regex Pattern();
}
