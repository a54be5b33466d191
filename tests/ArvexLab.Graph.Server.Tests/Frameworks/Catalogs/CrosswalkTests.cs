using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Catalogs;

public sealed class CrosswalkTests(LoadedCatalogs catalogs) : IClassFixture<LoadedCatalogs>
{
    private static List<CrosswalkRow> FileRows() => CatalogTestData.SourceFolder.CrosswalkFiles()
        .SelectMany(f => CrosswalkCsvFormat.Read(File.ReadAllText(f), Path.GetFileName(f)))
        .ToList();

    [Fact]
    public void There_is_one_crosswalk_file_per_framework_pair()
    {
        var pairs = CatalogTestData.SourceFolder.CrosswalkFiles()
            .Select(f => CrosswalkCsvFormat.Read(File.ReadAllText(f), Path.GetFileName(f))
                .Select(r => $"{r.SourceFramework}->{r.TargetFramework}").Distinct().Single())
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            ["dora->iso27001-2022", "gdpr->iso27001-2022", "iso27001-2013->iso27001-2022", "nis2->iso27001-2022",
             "nis2-cir-2024-2690->iso27001-2022", "soc2-tsc-2017->iso27001-2022"],
            pairs);
    }

    [Fact]
    public async Task Every_crosswalk_row_names_its_source_and_is_stored_with_both_ends_resolved()
    {
        var rows = FileRows();
        await using var db = catalogs.Open();
        var stored = await db.RequirementMappings.Select(m => new
        {
            SourceKey = m.SourceRequirement!.Framework!.Key,
            SourceRef = m.SourceRequirement.Ref,
            TargetKey = m.TargetRequirement!.Framework!.Key,
            TargetRef = m.TargetRequirement.Ref,
            m.Relationship,
            m.Source,
            m.OrganizationId,
        }).ToListAsync();

        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.Equal(rows.Count, stored.Count);
        Assert.Equal(
            rows.Select(r => (r.SourceFramework, r.SourceRef, r.TargetFramework, r.TargetRef, r.Relationship, r.Source)).Order(),
            stored.Select(m => (m.SourceKey, m.SourceRef, m.TargetKey, m.TargetRef, m.Relationship, m.Source)).Order());
        Assert.All(stored, m => Assert.Null(m.OrganizationId));
    }

    [Fact]
    public void Rows_derived_from_enisa_attribute_enisa_and_the_cc_by_licence()
    {
        var nis2 = FileRows().Where(r => r.SourceFramework.StartsWith("nis2", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(nis2);
        Assert.All(nis2, r =>
        {
            Assert.Contains("ENISA", r.Source, StringComparison.Ordinal);
            Assert.Contains("CC BY 4.0", r.Source, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Nis2_article_21_rows_match_the_roll_up_of_the_enisa_table()
    {
        var reference = File.ReadLines(CatalogTestData.ReferenceFile("map-nis2-art21-to-iso27001-2022-derived.csv")).Skip(1)
            .Select(l => l.Split(','))
            .SelectMany(p => p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => ($"Art. 21(2)({p[0]})", t)))
            .ToHashSet();
        var ours = FileRows().Where(r => r.SourceFramework == "nis2").Select(r => (r.SourceRef, r.TargetRef)).ToHashSet();

        Assert.Equal(reference.Order(), ours.Order());
    }

    [Fact]
    public void Every_soc2_criterion_the_reference_table_maps_is_mapped_to_iso_27001()
    {
        // The reference table may only be used to cross-check (its licence is unclear); ours is authored by ArvexLab.
        var referenced = File.ReadLines(CatalogTestData.ReferenceFile("map-soc2tsc-to-iso27001-2022.csv")).Skip(1)
            .Select(l => l.Split(',')[1]).ToHashSet();
        var rows = FileRows().Where(r => r.SourceFramework == "soc2-tsc-2017").ToList();
        var mapped = rows.Select(r => r.SourceRef).ToHashSet();

        Assert.Empty(referenced.Except(mapped));
        Assert.All(rows, r => Assert.Equal("ArvexLab", r.Source));
    }

    [Fact]
    public void Every_2013_control_has_a_2022_successor_and_only_the_11_new_2022_controls_have_no_predecessor()
    {
        var rows = FileRows().Where(r => r.SourceFramework == "iso27001-2013").ToList();
        var successors = rows.Select(r => r.TargetRef).ToHashSet();
        var controls2022 = File.ReadLines(CatalogTestData.ReferenceFile("iso27001-2022-annexA.txt"))
            .Where(l => l.StartsWith("A.", StringComparison.Ordinal)).Select(l => l.Split('\t')[0]);

        Assert.Equal(114, rows.Select(r => r.SourceRef).Distinct().Count());
        Assert.Equal(["A.5.23", "A.5.30", "A.5.7", "A.7.4", "A.8.10", "A.8.11", "A.8.12", "A.8.16", "A.8.23", "A.8.28", "A.8.9"],
            controls2022.Except(successors).Order(StringComparer.Ordinal));
        Assert.Equal(MappingRelationship.Equal, rows.Single(r => r.SourceRef == "A.7.1.1").Relationship);
        Assert.Equal(MappingRelationship.Subset, rows.Single(r => r.SourceRef == "A.8.1.1").Relationship);
    }

    [Fact]
    public void Dora_and_gdpr_crosswalks_cover_the_third_party_and_security_of_processing_articles()
    {
        var rows = FileRows();
        var dora = rows.Where(r => r.SourceFramework == "dora").Select(r => r.SourceRef).ToHashSet();
        var gdpr = rows.Where(r => r.SourceFramework == "gdpr").Select(r => r.SourceRef).ToHashSet();

        Assert.Subset(dora, new HashSet<string> { "Art. 5", "Art. 9", "Art. 12", "Art. 28", "Art. 29", "Art. 30" });
        Assert.Subset(gdpr, new HashSet<string> { "Art. 32(1)(a)", "Art. 32(1)(b)", "Art. 32(1)(c)", "Art. 32(1)(d)" });
    }

    [Fact]
    public void Crosswalk_files_are_exactly_what_the_crosswalk_writer_produces()
    {
        Assert.All(CatalogTestData.SourceFolder.CrosswalkFiles(), file =>
        {
            var text = File.ReadAllText(file);
            Assert.Equal(text, CrosswalkCsvFormat.Write(CrosswalkCsvFormat.Read(text, Path.GetFileName(file))));
        });
    }
}
