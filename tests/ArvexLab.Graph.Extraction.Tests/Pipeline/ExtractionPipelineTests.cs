using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Tests.Pipeline;

/// <summary>Whole-pipeline behaviour on small PDFs typeset here with PdfPig's builder.</summary>
public sealed class ExtractionPipelineTests
{
    private static ExtractionResult Run(TestPdf pdf) => EvidenceExtractor.Extract(pdf.Stream(), new ExtractionOptions { EnableOcr = false });

    private static TestPdf SocReport()
    {
        var pdf = new TestPdf().Page()
            .Text(72, 60, "SOC 2 Type II Report", 16)
            .Text(72, 100, "Independent Service Auditor's Report", 12)
            .Lines(72, 130,
                "We have examined Acme Widgets, Inc.'s accompanying description of its Widget Cloud system throughout the period",
                "January 1, 2025 to June 30, 2025 based on the trust services criteria relevant to security and availability.")
            .Text(72, 170, "Opinion", 11)
            .Lines(72, 190, "In our opinion, in all material respects, the description presents the system fairly.")
            .Lines(72, 230, "Smith & Jones LLP", "Boston, Massachusetts", "August 15, 2025");

        // A testing table whose header is printed once; its second page continues without it.
        pdf.Page().Text(72, 60, "Tests of Controls and Results", 12)
            .Text(40, 90, "Control #").Text(100, 90, "Control Activity").Text(300, 90, "Tests Performed").Text(480, 90, "Results")
            .Text(40, 110, "AC-01").Lines(100, 110, "Access is approved by", "a manager.").Lines(300, 110, "Inspected a sample of", "access tickets.").Text(480, 110, "No exceptions noted.")
            .Text(40, 140, "AC-02").Lines(100, 140, "Access is reviewed", "quarterly by owners.").Lines(300, 140, "Inspected quarterly", "reviews.").Lines(480, 140, "Exception noted. 1 of", "4 reviews was late.");
        pdf.Page()
            .Text(40, 60, "AC-03").Lines(100, 60, "Terminated users are", "removed within 1 day.").Lines(300, 60, "Inspected a sample of", "terminations.").Lines(480, 60, "No events to test.", "No terminations.");
        return pdf;
    }

    [Fact]
    public void A_type_II_report_yields_its_fields_controls_and_exceptions()
    {
        var result = Run(SocReport());

        Assert.Equal(DocumentKind.Soc2TypeII, result.Kind);
        Assert.Equal("Acme Widgets, Inc.", result.Fields["serviceOrganization"].Value);
        Assert.Equal(new DateOnly(2025, 6, 30), result.Fields["periodEnd"].Value);
        Assert.Equal("UNMODIFIED", result.Fields["opinion"].Value);
        Assert.Equal("Smith & Jones LLP", result.Fields["auditor"].Value);
        Assert.Equal(new DateOnly(2025, 8, 15), result.Fields["reportDate"].Value);
        Assert.Equal(["AC-01", "AC-02", "AC-03"], result.Controls.Select(c => c.Ref));
        Assert.Equal([ControlResult.NoExceptions, ControlResult.Exception, ControlResult.NotTested], result.Controls.Select(c => c.Result!.Value));
        Assert.Equal("Access is reviewed quarterly by owners.", result.Controls[1].Description);
        var exception = Assert.Single(result.Exceptions);
        Assert.Equal("AC-02", exception.ControlRef);
        Assert.All(result.Controls, c => Assert.InRange(c.Confidence, 0, 1));
        Assert.Equal(3, result.Controls[2].Citation!.Page);
    }

    [Fact]
    public void A_whitepaper_that_mentions_SOC_2_is_unknown_with_no_fields()
    {
        var pdf = new TestPdf().Page()
            .Text(72, 60, "Why our platform is secure", 16)
            .Lines(72, 100, "We completed our SOC 2 Type II audit and we are ISO 27001 aligned.", "Contact sales for our SOC 2 report.", "Updated March 3, 2025.");

        var result = Run(pdf);

        Assert.Equal(DocumentKind.Unknown, result.Kind);
        Assert.Empty(result.Fields);
        Assert.Empty(result.Controls);
    }

    [Fact]
    public void A_certificate_yields_its_labelled_fields()
    {
        var pdf = new TestPdf().Page()
            .Text(200, 80, "CERTIFICATE", 20)
            .Text(72, 130, "This is to certify that", 11)
            .Text(72, 150, "Northwind Data GmbH", 14)
            .Lines(72, 180, "operates an Information Security Management System which complies with", "DIN EN ISO/IEC 27001:2017")
            .Lines(72, 220, "Scope: Hosting and operation of payroll software", "for business customers.")
            .Text(72, 270, "Certificate No.: IS 712345").Text(72, 290, "Original certification date: 12.05.2019")
            .Text(72, 310, "Date of issue: 10.03.2024").Text(72, 330, "Expiry date: 09.03.2027")
            .Text(72, 360, "Certified by Contoso Cert GmbH, accredited by DAkkS D-ZM-12345-01-00");

        var result = Run(pdf);

        Assert.Equal(DocumentKind.Iso27001Certificate, result.Kind);
        Assert.Equal("Northwind Data GmbH", result.Fields["organization"].Value);
        Assert.Equal("IS 712345".Replace(" ", string.Empty, StringComparison.Ordinal), ((string)result.Fields["certificateNumber"].Value).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal("2013", result.Fields["standardVersion"].Value);
        Assert.Equal(new DateOnly(2019, 5, 12), result.Fields["originalCertificationDate"].Value);
        Assert.Equal(new DateOnly(2024, 3, 10), result.Fields["issueDate"].Value);
        Assert.Equal(new DateOnly(2027, 3, 9), result.Fields["expiryDate"].Value);
        Assert.Equal("DAkkS", result.Fields["accreditationBody"].Value);
    }

    [Fact]
    public void Json_output_uses_the_contract_names_and_values()
    {
        var json = ExtractionResultJson.Serialize(Run(SocReport()));

        Assert.Contains("\"kind\":\"SOC2_TYPE_II\"", json, StringComparison.Ordinal);
        Assert.Contains("\"periodEnd\":{\"value\":\"2025-06-30\"", json, StringComparison.Ordinal);
        Assert.Contains("\"result\":\"NOT_TESTED\"", json, StringComparison.Ordinal);
        Assert.Contains("\"bbox\":[", json, StringComparison.Ordinal);
    }
}
