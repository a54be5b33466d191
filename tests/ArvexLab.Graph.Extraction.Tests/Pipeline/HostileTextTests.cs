using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Model;
using ArvexLab.Graph.Extraction.Reading;
using ArvexLab.Graph.Extraction.Semantics;

namespace ArvexLab.Graph.Extraction.Tests.Pipeline;

/// <summary>
/// Text crafted to make the patterns backtrack, and coordinates crafted to blow up layout, cost
/// linear time and bounded memory. The patterns carry a 2 s match budget, so a regression shows
/// here as a RegexMatchTimeoutException, not as a hung test run.
/// </summary>
public sealed class HostileTextTests
{
    [Fact]
    public void A_line_of_forty_legal_forms_is_not_read_as_a_name_in_exponential_time()
    {
        var issued = new Regex(OrganizationNames.Pattern + @"\s+issued", RegexOptions.None, TimeSpan.FromSeconds(2));
        var line = string.Join(' ', Enumerable.Repeat("SA", 40)) + " Inc. Co AG x";

        Assert.DoesNotMatch(issued, line);
        Assert.Equal("Acme SA issued", issued.Match("the report that Acme SA issued last year").Value);
    }

    [Fact]
    public void Names_ending_in_lower_case_or_slashed_legal_forms_are_still_read_whole()
    {
        var name = new Regex("^" + OrganizationNames.Pattern, RegexOptions.None, TimeSpan.FromSeconds(2));

        Assert.Equal("Contoso Holdings plc", name.Match("Contoso Holdings plc issued").Value);
        Assert.Equal("Nordisk Data A/S", name.Match("Nordisk Data A/S issued").Value);
        Assert.Equal("Fabrikam, Inc.", name.Match("Fabrikam, Inc. issued").Value);
    }

    [Fact]
    public void A_long_run_of_national_prefixes_before_the_standard_is_scanned_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("EN ", 40_000)) + "ISO/IEC 27001:2022";

        var match = IsoCertificateParser.Standard().Match(text);

        Assert.True(match.Success);
        Assert.Equal("2022", match.Groups["y"].Value);
        Assert.Equal("EN EN EN ", match.Groups["nat"].Value);
    }

    [Fact]
    public void Words_placed_far_off_the_page_are_not_read()
    {
        var pdf = new TestPdf().Page()
            .Text(72, 72, "Independent Service Auditor's Report")
            .Text(9_000_000, 72, "Offpage")
            .Text(72, 200, "Control Description Tests Performed Results")
            .Build();

        var page = new PdfPigDocumentReader().Read(new MemoryStream(pdf), new ExtractionOptions { EnableOcr = false }, CancellationToken.None).Pages[0];

        Assert.DoesNotContain(page.Words, w => w.Text == "Offpage");
        Assert.Contains(page.Words, w => w.Text == "Independent");
    }
}
