using ArvexLab.Graph.Server.Data.Configurations;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Catalogs;

public sealed class FrameworkFormatRoundTripTests
{
    /// <summary>Text that breaks naive CSV and JSON handling: separators, quotes, line breaks, empty vs missing.</summary>
    internal static FrameworkDocument Awkward() => new(
        "acme-policies", "Acme \"house\" policies, v2", "2026.3",
        "Line one\nline two, with a comma\r\nand a CRLF", null,
        [
            new RequirementDocument("P-1", null, "Governance, \"tone at the top\"", "He said: \"no\".\nThen left."),
            new RequirementDocument("P-1.1", "P-1", "  leading and trailing spaces  ", ""),
            new RequirementDocument("P-1.2", "P-1", "Ünïcödé – em dash — and ’quotes’", null),
            new RequirementDocument("P-2", null, "\"", ",\n,"),
        ],
        [
            new MappingDocument("P-1", "iso27001-2022", "2026.1", "A.5.1", MappingRelationship.Superset, "ArvexLab, \"reviewed\"\n2026"),
            new MappingDocument("P-1.2", "nis2", "2026.1", "Art. 21(2)(a)", MappingRelationship.Intersect, "ArvexLab"),
        ]);

    internal static void AssertSame(FrameworkDocument expected, FrameworkDocument actual)
    {
        Assert.Equal(expected with { Requirements = [], Mappings = [] }, actual with { Requirements = [], Mappings = [] });
        Assert.Equal(expected.Requirements, actual.Requirements);
        Assert.Equal(expected.Mappings, actual.Mappings);
    }

    [Fact]
    public void Json_export_then_import_gives_back_the_same_document()
    {
        var document = Awkward();

        var json = FrameworkJsonFormat.Write(document);

        AssertSame(document, FrameworkJsonFormat.Read(json));
        Assert.Contains("\"relationship\": \"SUPERSET\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_export_then_import_gives_back_the_same_document_including_empty_versus_missing_text()
    {
        var document = Awkward();

        var csv = FrameworkCsvFormat.Write(document);
        var read = FrameworkCsvFormat.Read(csv);

        AssertSame(document, read);
        Assert.Equal("", read.Requirements[1].Text);
        Assert.Null(read.Requirements[2].Text);
        Assert.Equal(csv, FrameworkCsvFormat.Write(read));
    }

    [Fact]
    public async Task Every_built_in_catalog_with_its_crosswalk_survives_json_and_csv_round_trips()
    {
        var documents = await new BuiltInCatalogLoader(CatalogTestData.SourceFolder).ReadDocumentsAsync(CancellationToken.None);

        Assert.Equal(7, documents.Count);
        Assert.All(documents, document =>
        {
            AssertSame(document, FrameworkJsonFormat.Read(FrameworkJsonFormat.Write(document)));
            AssertSame(document, FrameworkCsvFormat.Read(FrameworkCsvFormat.Write(document)));
        });
    }

    [Fact]
    public void Shipped_catalog_files_are_exactly_what_the_json_writer_produces()
    {
        // Keeps the data files canonical, so an export of a built-in catalog diffs cleanly against its file.
        Assert.All(CatalogTestData.SourceFolder.CatalogFiles(), file =>
        {
            var text = File.ReadAllText(file);
            Assert.Equal(text, FrameworkJsonFormat.Write(FrameworkJsonFormat.Read(text)));
        });
    }

    [Fact]
    public void Json_with_an_unknown_property_or_a_missing_title_is_rejected()
    {
        var json = FrameworkJsonFormat.Write(Awkward());

        Assert.Throws<FormatException>(() => FrameworkJsonFormat.Read(json.Replace("\"catalogVersion\"", "\"catalogVersoin\"", StringComparison.Ordinal)));
        Assert.Throws<FormatException>(() => FrameworkJsonFormat.Read(json.Replace("\"title\": \"\\\"\"", "\"title\": null", StringComparison.Ordinal)));
    }

    [Fact]
    public void Csv_with_an_unknown_relationship_is_rejected_with_its_row()
    {
        var csv = FrameworkCsvFormat.Write(Awkward()).Replace(",INTERSECT", ",OVERLAPS", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => FrameworkCsvFormat.Read(csv));

        Assert.Contains("OVERLAPS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_listing_a_child_before_its_parent_or_naming_an_unknown_parent_is_invalid()
    {
        var document = Awkward();
        var swapped = document with { Requirements = [document.Requirements[1], document.Requirements[0], .. document.Requirements.Skip(2)] };
        var orphan = document with { Requirements = [.. document.Requirements, new RequirementDocument("X", "nope", "Orphan", null)] };

        Assert.Contains(swapped.Validate(), e => e.Contains("before its parent", StringComparison.Ordinal));
        Assert.Contains(orphan.Validate(), e => e.Contains("unknown parent 'nope'", StringComparison.Ordinal));
        Assert.Empty(document.Validate());
    }

    [Fact]
    public async Task Built_in_data_fits_the_column_lengths_postgres_enforces()
    {
        // SQLite ignores lengths; PostgreSQL rejects the whole load if one title is too long.
        foreach (var d in await new BuiltInCatalogLoader(CatalogTestData.SourceFolder).ReadDocumentsAsync(CancellationToken.None))
        {
            Assert.InRange(d.Key.Length, 1, Lengths.Key);
            Assert.InRange(d.Name.Length, 1, Lengths.Name);
            Assert.InRange(d.CatalogVersion.Length, 1, Lengths.Code);
            Assert.InRange(d.Source?.Length ?? 0, 1, Lengths.ShortText);
            Assert.All(d.Requirements, r =>
            {
                Assert.InRange(r.Ref.Length, 1, Lengths.Ref);
                Assert.InRange(r.Title.Length, 1, Lengths.ShortText);
            });
            Assert.All(d.Mappings, m => Assert.InRange(m.Source.Length, 1, Lengths.ShortText));
        }
    }
}
