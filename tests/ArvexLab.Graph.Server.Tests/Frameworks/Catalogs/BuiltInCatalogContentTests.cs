using System.Text.RegularExpressions;
using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Catalogs;

public sealed partial class BuiltInCatalogContentTests(LoadedCatalogs catalogs) : IClassFixture<LoadedCatalogs>
{
    private async Task<List<Requirement>> RequirementsOf(string key)
    {
        await using var db = catalogs.Open();
        return await db.Requirements.Include(r => r.Parent).Where(r => r.Framework!.Key == key).ToListAsync();
    }

    [Fact]
    public async Task Every_framework_key_is_loaded_once_as_a_built_in_catalog_naming_its_source()
    {
        await using var db = catalogs.Open();
        var frameworks = await db.Frameworks.ToListAsync();

        Assert.Equal(
            ["dora", "gdpr", "iso27001-2013", "iso27001-2022", "nis2", "nis2-cir-2024-2690", "soc2-tsc-2017"],
            frameworks.Select(f => f.Key).Order(StringComparer.Ordinal));
        Assert.All(frameworks, f =>
        {
            Assert.True(f.IsBuiltIn);
            Assert.Null(f.OrganizationId);
            Assert.False(string.IsNullOrWhiteSpace(f.Source));
        });
        Assert.Equal(0, await db.Requirements.CountAsync(r => r.OrganizationId != null));
    }

    [Fact]
    public async Task Iso27001_2022_has_93_annex_a_controls_in_four_themes_and_clauses_4_to_10()
    {
        var requirements = await RequirementsOf("iso27001-2022");
        var controls = requirements.Where(r => AnnexAControl().IsMatch(r.Ref)).ToList();

        Assert.Equal(93, controls.Count);
        var themes = controls.GroupBy(c => c.Parent!.Title).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int>
        {
            ["Organizational controls"] = 37,
            ["People controls"] = 8,
            ["Physical controls"] = 14,
            ["Technological controls"] = 34,
        }, themes);
        Assert.All(controls, c => Assert.Equal(c.Ref[..3], c.Parent!.Ref));
        Assert.Equal(["10", "4", "5", "6", "7", "8", "9", "A"], requirements.Where(r => r.Parent is null).Select(r => r.Ref).Order(StringComparer.Ordinal));
        Assert.Equal("6.1", requirements.Single(r => r.Ref == "6.1.2").Parent!.Ref);
    }

    [Fact]
    public async Task Iso27001_2022_control_ids_and_titles_match_the_reference_list()
    {
        var reference = File.ReadLines(CatalogTestData.ReferenceFile("iso27001-2022-annexA.txt"))
            .Where(l => l.StartsWith("A.", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => p[2]);
        var controls = (await RequirementsOf("iso27001-2022")).Where(r => AnnexAControl().IsMatch(r.Ref)).ToDictionary(r => r.Ref, r => r.Title);

        Assert.Equal(reference.Keys.Order(), controls.Keys.Order());
        Assert.All(reference, pair => Assert.Equal(pair.Value, controls[pair.Key], ignoreCase: true));
    }

    [Fact]
    public async Task Iso27001_2013_has_114_annex_a_controls_in_14_domains()
    {
        var requirements = await RequirementsOf("iso27001-2013");
        var controls = requirements.Where(r => Regex.IsMatch(r.Ref, @"^A\.\d+\.\d+\.\d+$")).ToList();

        Assert.Equal(114, controls.Count);
        Assert.Equal(14, requirements.Count(r => Regex.IsMatch(r.Ref, @"^A\.\d+$")));
        Assert.Equal("A.9.2", controls.Single(c => c.Ref == "A.9.2.3").Parent!.Ref);
    }

    [Fact]
    public async Task Soc2_tsc_has_61_criteria_in_the_expected_series()
    {
        var requirements = await RequirementsOf("soc2-tsc-2017");
        var criteria = requirements.Where(r => Criterion().IsMatch(r.Ref)).ToList();

        Assert.Equal(61, criteria.Count);
        var perSeries = criteria.GroupBy(c => c.Parent!.Ref).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int>
        {
            ["CC1"] = 5,
            ["CC2"] = 3,
            ["CC3"] = 4,
            ["CC4"] = 2,
            ["CC5"] = 3,
            ["CC6"] = 8,
            ["CC7"] = 5,
            ["CC8"] = 1,
            ["CC9"] = 2,
            ["A1"] = 3,
            ["C1"] = 2,
            ["PI1"] = 5,
            ["P1"] = 1,
            ["P2"] = 1,
            ["P3"] = 2,
            ["P4"] = 3,
            ["P5"] = 2,
            ["P6"] = 7,
            ["P7"] = 1,
            ["P8"] = 1,
        }, perSeries);
        Assert.All(criteria, c => Assert.False(string.IsNullOrWhiteSpace(c.Text)));
    }

    [Fact]
    public async Task Soc2_criterion_ids_match_the_reference_list_but_the_text_is_our_own()
    {
        var reference = File.ReadLines(CatalogTestData.ReferenceFile("tsc-2017.txt"))
            .Where(l => !l.StartsWith('#') && l.Length > 0)
            .Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => p[4]);
        var criteria = (await RequirementsOf("soc2-tsc-2017")).Where(r => Criterion().IsMatch(r.Ref)).ToList();

        Assert.Equal(reference.Keys.Order(), criteria.Select(c => c.Ref).Order());
        // AICPA's criterion text is copyrighted: none of it may ship verbatim.
        Assert.All(criteria, c => Assert.NotEqual(reference[c.Ref], c.Text));
    }

    [Fact]
    public async Task Nis2_has_article_21_2_points_a_to_j_with_the_directive_text()
    {
        var requirements = await RequirementsOf("nis2");
        var points = requirements.Where(r => r.Parent?.Ref == "Art. 21(2)").OrderBy(r => r.SortOrder).ToList();

        Assert.Equal("abcdefghij".Select(p => $"Art. 21(2)({p})"), points.Select(p => p.Ref));
        Assert.Equal("incident handling;", points[1].Text);
    }

    [Fact]
    public async Task Nis2_implementing_regulation_has_13_annex_sections_with_their_subsections()
    {
        var requirements = await RequirementsOf("nis2-cir-2024-2690");
        var sections = requirements.Where(r => r.Parent is null).OrderBy(r => r.SortOrder).ToList();

        Assert.Equal(Enumerable.Range(1, 13).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), sections.Select(s => s.Ref));
        Assert.Equal("Verification of background", requirements.Single(r => r.Ref == "10.2").Title);
        Assert.Equal(7, requirements.Count(r => r.Parent?.Ref == "11"));
    }

    [Fact]
    public async Task Dora_has_articles_5_to_16_and_28_to_30_with_paragraphs()
    {
        var requirements = await RequirementsOf("dora");
        var articles = requirements.Where(r => r.Parent is null).Select(r => r.Ref).ToList();

        Assert.Equal(Enumerable.Range(5, 12).Concat([28, 29, 30]).Select(a => $"Art. {a}"), articles);
        Assert.Equal("Art. 28", requirements.Single(r => r.Ref == "Art. 28(4)").Parent!.Ref);
        Assert.Equal("Art. 30(3)(e)", requirements.Single(r => r.Ref == "Art. 30(3)(e)(i)").Parent!.Ref);
        Assert.Equal("Art. 7", requirements.Single(r => r.Ref == "Art. 7(a)").Parent!.Ref);
    }

    [Fact]
    public async Task Gdpr_has_articles_28_and_32_with_every_paragraph_and_point()
    {
        var requirements = await RequirementsOf("gdpr");

        Assert.Equal(10, requirements.Count(r => r.Parent?.Ref == "Art. 28"));
        Assert.Equal(8, requirements.Count(r => r.Parent?.Ref == "Art. 28(3)"));
        Assert.Equal(4, requirements.Count(r => r.Parent?.Ref == "Art. 32"));
        Assert.Equal(["Art. 32(1)(a)", "Art. 32(1)(b)", "Art. 32(1)(c)", "Art. 32(1)(d)"],
            requirements.Where(r => r.Parent?.Ref == "Art. 32(1)").OrderBy(r => r.SortOrder).Select(r => r.Ref));
        Assert.StartsWith("the pseudonymisation and encryption", requirements.Single(r => r.Ref == "Art. 32(1)(a)").Text);
    }

    [GeneratedRegex(@"^A\.[5-8]\.\d+$")]
    private static partial Regex AnnexAControl();

    [GeneratedRegex(@"^(CC|A|C|PI|P)\d\.\d+$")]
    private static partial Regex Criterion();
}
