using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Catalogs;

public sealed class Iso27001EditionTests
{
    [Theory]
    [InlineData("ISO/IEC 27001:2022", Iso27001Edition.Edition2022)]
    [InlineData("ISO/IEC 27001:2022/Amd 1:2024", Iso27001Edition.Edition2022)]
    [InlineData("EN ISO/IEC 27001:2023", Iso27001Edition.Edition2022)]
    [InlineData("DIN EN ISO/IEC 27001:2024-01", Iso27001Edition.Edition2022)]
    [InlineData("ISO/IEC 27001:2013", Iso27001Edition.Edition2013)]
    [InlineData("EN ISO/IEC 27001:2017", Iso27001Edition.Edition2013)]
    [InlineData("NEN-EN ISO/IEC 27001:2017+A11:2020", Iso27001Edition.Edition2013)]
    [InlineData("JIS Q 27001:2014 (ISO/IEC 27001:2013)", Iso27001Edition.Edition2013)]
    [InlineData("ISO 27001 : 2005", Iso27001Edition.Edition2005)]
    [InlineData("ISO/IEC 27001", Iso27001Edition.Unknown)]
    [InlineData("ISO 9001:2015", Iso27001Edition.Unknown)]
    [InlineData(null, Iso27001Edition.Unknown)]
    public void The_edition_is_read_from_the_standard_as_printed(string? printed, Iso27001Edition expected)
    {
        Assert.Equal(expected, Iso27001Editions.Parse(printed));
    }

    [Fact]
    public void A_2013_certificate_is_withdrawn_from_1_november_2025_and_a_2022_one_is_not()
    {
        Assert.False(Iso27001Editions.IsWithdrawn(Iso27001Edition.Edition2013, new DateOnly(2025, 10, 31)));
        Assert.True(Iso27001Editions.IsWithdrawn(Iso27001Edition.Edition2013, new DateOnly(2025, 11, 1)));
        Assert.False(Iso27001Editions.IsWithdrawn(Iso27001Edition.Edition2022, new DateOnly(2030, 1, 1)));
        Assert.Equal("iso27001-2013", Iso27001Editions.CatalogKey(Iso27001Edition.Edition2013));
    }
}
