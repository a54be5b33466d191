using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Catalogs;

public sealed class AccreditationBodyRegistryTests
{
    private static readonly AccreditationBodyRegistry Registry = AccreditationBodyRegistry.Load(CatalogTestData.SourceFolder);

    [Theory]
    [InlineData("UKAS", "UKAS")]
    [InlineData("United Kingdom Accreditation Service", "UKAS")]
    [InlineData("united kingdom accreditation service.", "UKAS")]
    [InlineData("Deutsche Akkreditierungsstelle GmbH", "DAkkS")]
    [InlineData("DAKKS", "DAkkS")]
    [InlineData("ANSI National Accreditation Board", "ANAB")]
    [InlineData("Comité Français d’Accréditation", "COFRAC")]
    [InlineData("Entidad Nacional de Acreditacion (ENAC)", "ENAC")]
    [InlineData("JAS ANZ", "JAS-ANZ")]
    [InlineData("Türk Akreditasyon Kurumu", "TÜRKAK")]
    [InlineData("Accredited by UKAS, Management Systems 0001", "UKAS")]
    [InlineData("Raad voor Accreditatie", "RvA")]
    public void Printed_names_are_recognised_whatever_their_case_punctuation_or_form(string printed, string? acronym)
    {
        Assert.Equal(acronym, Registry.Find(printed)?.Acronym);
    }

    [Theory]
    [InlineData("International Accreditation Council")]
    [InlineData("IAC")]
    [InlineData("United Accreditation Foundation")]
    [InlineData("UAF")]
    [InlineData("Acme Certification Ltd")]
    [InlineData("")]
    [InlineData(null)]
    public void Bodies_outside_the_iaf_mla_are_not_recognised(string? printed)
    {
        Assert.False(Registry.IsKnownSignatory(printed));
    }

    [Fact]
    public void The_list_names_its_source_and_date_and_holds_the_main_isms_accreditation_bodies()
    {
        Assert.Contains("IAF MLA", Registry.List.Source, StringComparison.Ordinal);
        Assert.Equal("2026-11-28", Registry.List.WrittenAt);
        Assert.Subset(Registry.List.Bodies.Select(b => b.Acronym).ToHashSet(),
            new HashSet<string> { "UKAS", "DAkkS", "ANAB", "COFRAC", "ACCREDIA", "ENAC", "RvA", "SAS", "JAS-ANZ", "JAB" });
        Assert.All(Registry.List.Bodies, b => Assert.False(string.IsNullOrWhiteSpace(b.Country)));
    }

    [Fact]
    public void Short_acronyms_only_match_on_their_own_so_common_words_do_not_pass()
    {
        // "NA" (Norsk Akkreditering) and "SA" (Slovenska akreditacija) would otherwise match in free text.
        Assert.Equal("NA", Registry.Find("NA")?.Acronym);
        Assert.Null(Registry.Find("Certification body NA Ltd"));
    }
}
