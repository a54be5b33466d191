using System.Globalization;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Content;

public static class Dates
{
    public static string Format(DateOnly d, DateStyle style) => style switch
    {
        DateStyle.Day => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        DateStyle.Ordinal => $"{d.Day}{Suffix(d.Day)} {d.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}",
        _ => d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
    };

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Suffix(int day) => day is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
}
