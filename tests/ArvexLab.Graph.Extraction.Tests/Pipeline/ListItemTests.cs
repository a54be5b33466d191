using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Tests.Pipeline;

/// <summary>CUECs, subservice organizations and exceptions read from generated reports whose expected values are exact.</summary>
public sealed class ListItemTests
{
    private static ExtractionResult Extract(string fixture)
    {
        using var pdf = File.OpenRead(Path.Combine(RepositoryPaths.Fixtures, "generated", fixture + ".pdf"));
        return new EvidenceExtractor().Run(pdf, new ExtractionOptions { EnableOcr = false });
    }

    [Fact]
    public void Complementary_subservice_organization_controls_and_the_control_matrix_are_not_taken_as_cuecs()
    {
        var result = Extract("soc2-type2-clean-small");
        Assert.Equal(3, result.Cuecs.Count);
        Assert.All(result.Cuecs, c => Assert.StartsWith("User entities are responsible for", c.Description, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Cuecs, c => c.Description.Contains("data centers", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["A1.2", "CC6.7", "PI1.4"], result.Cuecs.SelectMany(c => c.Criteria).Order().ToArray());
    }

    [Fact]
    public void Cuec_table_row_split_by_a_page_break_and_a_repeated_header_is_one_item()
    {
        var result = Extract("soc2-type1-ruled");
        Assert.Contains(result.Cuecs, c => c.Description == "User entities are responsible for notifying the service organization of any suspected security incident involving the platform within 24 hours."
            && c.Criteria.SequenceEqual(["CC7.3"]));
        Assert.Equal(4, result.Cuecs.Count);
    }

    [Fact]
    public void Subservice_organizations_come_from_their_table_with_services_and_method()
    {
        var result = Extract("soc2-type2-all-five-categories");
        Assert.Equal(3, result.SubserviceOrganizations.Count);
        var stratus = Assert.Single(result.SubserviceOrganizations, s => s.Name == "Stratus Identity, Inc.");
        Assert.Equal("Identity provider and single sign-on services", stratus.Services);
        Assert.Equal(SubserviceMethod.CarveOut, stratus.Method);
        Assert.True(stratus.Confidence >= 0.9);
    }

    [Fact]
    public void Inclusive_method_is_read_from_the_report()
    {
        var org = Assert.Single(Extract("soc2-type2-5col-domain-refs-inclusive").SubserviceOrganizations);
        Assert.Equal(SubserviceMethod.Inclusive, org.Method);
    }

    [Fact]
    public void Exceptions_restated_in_a_later_responses_section_carry_their_response()
    {
        var result = Extract("soc2-type2-4col-criteria-column-no-refs");
        Assert.Equal(2, result.Exceptions.Count);
        var conduct = Assert.Single(result.Exceptions, e => e.Description.StartsWith("For 2 of 25 sampled employees", StringComparison.Ordinal));
        Assert.StartsWith("The two employees signed the acknowledgement", conduct.ManagementResponse, StringComparison.Ordinal);
        Assert.Null(conduct.ControlRef);
    }
}
