using ArvexLab.Graph.Extraction.Semantics;

namespace ArvexLab.Graph.Extraction.Tests.Semantics;

public sealed class DateParserTests
{
    [Theory]
    [InlineData("Date of Certification: 25th October 2025", "2025-10-25")]
    [InlineData("Expiry: 10.03.2027", "2027-03-10")]
    [InlineData("Valid until 13/03/2028", "2028-03-13")]
    [InlineData("throughout the period July 01, 2024 to September 30, 2024", "2024-07-01")]
    [InlineData("issued 2025-10-25", "2025-10-25")]
    [InlineData("as of Nov. 30, 2023", "2023-11-30")]
    [InlineData("on 1st of June 2024", "2024-06-01")]
    [InlineData("expires 25-Oct-2026", "2026-10-25")]
    [InlineData("St. Louis, Missouri June 11, 2025", "2025-06-11")]
    public void Dates_in_every_printed_format_are_read_as_ISO(string text, string iso)
    {
        Assert.Equal(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture), DateParser.Parse(text));
    }

    [Theory]
    [InlineData("25th October 2025")]
    [InlineData("10.03.2027")]
    [InlineData("13/03/2028")]
    [InlineData("July 01, 2024")]
    [InlineData("2025-10-25")]
    [InlineData("Nov. 30, 2023")]
    [InlineData("1st of June 2024")]
    [InlineData("25-Oct-2026")]
    [InlineData("03/31/25")]
    public void The_date_shape_other_patterns_embed_matches_each_date_the_parser_reads(string printed)
    {
        var match = System.Text.RegularExpressions.Regex.Match("as of " + printed + ", the", DateParser.Shape, System.Text.RegularExpressions.RegexOptions.IgnoreCase);

        Assert.Equal(printed, match.Value);
        Assert.NotNull(DateParser.Parse(match.Value));
    }

    [Theory]
    [InlineData("see section 4.12.20 of the description")]
    [InlineData("control 14.1.20 was tested")]
    public void Section_numbers_with_dots_are_not_dates(string text) => Assert.Null(DateParser.FindFirst(text));

    [Fact]
    public void A_two_digit_year_after_slashes_is_still_a_date() =>
        Assert.Equal(new DateOnly(2025, 3, 31), DateParser.Parse("signed 03/31/25"));

    [Fact]
    public void Day_and_month_that_can_be_swapped_are_flagged_ambiguous()
    {
        var match = DateParser.FindFirst("Issued 03/04/2025")!;
        Assert.True(match.Ambiguous);
        Assert.False(DateParser.FindFirst("Issued 13/04/2025")!.Ambiguous);
    }

    [Fact]
    public void Numbers_that_are_not_dates_are_ignored()
    {
        Assert.Null(DateParser.Parse("Certificate Number: 305025102589IS, section 4.2.1, 99/99/2025"));
    }

    [Fact]
    public void A_period_yields_both_dates_in_order()
    {
        var dates = DateParser.FindAll("for the period April 1, 2024 - March 31, 2025");
        Assert.Equal([new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31)], dates.Select(d => d.Date));
    }
}
