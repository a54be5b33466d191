using ArvexLab.Graph.Extraction.Model;
using ArvexLab.Graph.Extraction.Semantics;

namespace ArvexLab.Graph.Extraction.Tests.Semantics;

/// <summary>
/// The field rules on documents worded and laid out unlike the fixture corpus: the rules must
/// hold for templates the extractor has never seen.
/// </summary>
public sealed class FieldRuleTests
{
    private static ExtractionResult Run(TestPdf pdf) => EvidenceExtractor.Extract(pdf.Stream(), new ExtractionOptions { EnableOcr = false });

    private static object? Value(ExtractionResult result, string field) =>
        result.Fields.TryGetValue(field, out var f) ? f.Value : null;

    // A certificate worded unlike the corpus: body letterhead, certifying lead-in, labelled number and dates.
    private static TestPdf Certificate(string organization) => new TestPdf().Page()
        .Text(200, 60, "Veritor Audit Services GmbH", 12)
        .Text(180, 110, "Certificate", 20)
        .Text(120, 150, "We hereby certify that the information security management system of", 10)
        .Text(180, 175, organization, 16)
        .Text(140, 215, "complies with ISO/IEC 27001:2022", 10)
        .Text(72, 260, "Registration No.")
        .Text(250, 260, "TR-ISMS-2291-7")
        .Text(72, 280, "Issue date")
        .Text(250, 280, "02.05.2025")
        .Text(72, 300, "Valid until")
        .Text(250, 300, "01.05.2028");

    [Fact]
    public void Certificate_names_the_organisation_after_the_certifying_lead_in_and_the_body_that_signs()
    {
        var result = Run(Certificate("Tallowmere Robotics AG")
            .Text(72, 320, "Locations")
            .Text(250, 320, "Seestrasse 12, 8002 Zurich, Switzerland")
            .Text(250, 331, "Via Nassa 3, 6900 Lugano, Switzerland")
            .Text(72, 351, "Accreditation")
            .Text(250, 351, "SAS accreditation number SCESm-0071-04")
            .Text(150, 400, "On behalf of Veritor Audit Services GmbH", 9));

        Assert.Equal(DocumentKind.Iso27001Certificate, result.Kind);
        Assert.Equal("Tallowmere Robotics AG", Value(result, "organization"));
        Assert.Equal("Veritor Audit Services GmbH", Value(result, "certificationBody"));
        Assert.Equal("TR-ISMS-2291-7", Value(result, "certificateNumber"));
        Assert.Equal(new DateOnly(2025, 5, 2), Value(result, "issueDate"));
        Assert.Equal(["Seestrasse 12, 8002 Zurich, Switzerland", "Via Nassa 3, 6900 Lugano, Switzerland"], (IEnumerable<string>)Value(result, "sites")!);
        Assert.True(result.Fields["issueDate"].Confidence >= 0.8, "a dotted date is day-first by convention: no ambiguity penalty");
    }

    [Theory]
    [InlineData("IAC-MSCB-5044", "IAC", "IAC-MSCB-5044")]
    [InlineData("UKAS Management Systems 0112", "UKAS", "0112")]
    public void An_accreditation_code_hyphenated_onto_the_body_is_part_of_the_number(string mark, string body, string number)
    {
        var result = Run(Certificate("Quillfeather Systems Ltd")
            .Text(400, 500, "ACCREDITED")
            .Text(400, 512, mark));

        Assert.Equal(DocumentKind.Iso27001Certificate, result.Kind);
        Assert.Equal(body, Value(result, "accreditationBody"));
        Assert.Equal(number, Value(result, "accreditationNumber"));
    }

    [Fact]
    public void Certificate_address_under_the_name_is_not_a_site_list()
    {
        var result = Run(new TestPdf().Page()
            .Text(150, 100, "This is to certify that", 10)
            .Text(150, 125, "Quillby Freight Ltd", 16)
            .Text(150, 150, "4 Dock Road, Hull HU1 2AB, United Kingdom", 9)
            .Text(150, 180, "operates an information security management system which complies with ISO/IEC 27001:2022", 9)
            .Text(72, 220, "Certificate Number: QF-88120")
            .Text(72, 240, "Expiry Date: 24th October 2028"));

        Assert.Equal("Quillby Freight Ltd", Value(result, "organization"));
        Assert.Null(Value(result, "sites"));
    }

    [Fact]
    public void Bridge_letter_tells_the_report_period_from_the_bridge_period_and_the_next_examination()
    {
        var result = Run(new TestPdf().Page()
            .Lines(72, 72,
                "April 2, 2025",
                "Subject: bridge letter",
                "Our SOC 2 Type 2 report, issued by Marlow & Finch LLP, covered 01/01/2024 to 12/31/2024.",
                "The upcoming examination will cover 01/01/2025 to 12/31/2025.",
                "As of 03/31/2025, management is not aware of any material changes to the system.",
                "Regards,",
                "Pat Example"));

        Assert.Equal(DocumentKind.BridgeLetter, result.Kind);
        Assert.Equal(new DateOnly(2024, 1, 1), Value(result, "periodStart"));
        Assert.Equal(new DateOnly(2024, 12, 31), Value(result, "periodEnd"));
        Assert.Equal(new DateOnly(2025, 3, 31), Value(result, "bridgeThroughDate"));
        Assert.Equal("Marlow & Finch LLP", Value(result, "auditor"));
    }

    [Fact]
    public void A_month_first_date_elsewhere_in_the_document_settles_an_ambiguous_one()
    {
        const string text = "from 03/04/2025 to 12/31/2025";
        var first = DateParser.FindFirst(text)!;
        Assert.True(first.Ambiguous);
        Assert.Equal((new DateOnly(2025, 3, 4), false), NumericDateOrder.Resolve(first, text, text));
    }

    [Fact]
    public void Without_evidence_of_the_order_a_slashed_date_stays_ambiguous()
    {
        const string text = "issued 03/04/2025";
        Assert.True(NumericDateOrder.Resolve(DateParser.FindFirst(text)!, text, text).Ambiguous);
    }

    [RealCorpusFact]
    public void Real_bridge_letter_names_the_service_organisation_auditor_and_both_periods()
    {
        using var stream = File.OpenRead(RepositoryPaths.Real("rapidreconciler_soc2_bridge_letter.pdf"));
        var result = EvidenceExtractor.Extract(stream, new ExtractionOptions { EnableOcr = false });

        Assert.Equal("Global Systems Integration", Value(result, "serviceOrganization"));
        Assert.Equal("UHY", Value(result, "auditor"));
        Assert.Equal(new DateOnly(2024, 4, 1), Value(result, "periodStart"));
        Assert.Equal(new DateOnly(2025, 3, 31), Value(result, "periodEnd"));
        Assert.Equal(new DateOnly(2025, 2, 18), Value(result, "bridgeThroughDate"));
    }

    [RealCorpusFact]
    public void Real_reports_name_their_system_without_the_generic_noun()
    {
        using var stream = File.OpenRead(RepositoryPaths.Real("synadia_soc2_type2.pdf"));
        var result = EvidenceExtractor.Extract(stream, new ExtractionOptions { EnableOcr = false });

        Assert.Equal("Synadia", Value(result, "systemName"));
    }
}
