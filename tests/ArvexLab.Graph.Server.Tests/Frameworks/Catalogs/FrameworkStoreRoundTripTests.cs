using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Catalogs;

public sealed class FrameworkStoreRoundTripTests : IDisposable
{
    private readonly CatalogTestDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task A_built_in_framework_exported_from_the_database_equals_its_data_files()
    {
        var loader = new BuiltInCatalogLoader(CatalogTestData.SourceFolder);
        await using var db = database.Open();
        await loader.SeedAsync(db, CancellationToken.None);
        var exporter = new FrameworkExporter(db);

        foreach (var expected in await loader.ReadDocumentsAsync(CancellationToken.None))
        {
            var id = await exporter.FindAsync(expected.Key, expected.CatalogVersion, CancellationToken.None);
            var exported = (await exporter.ExportAsync(id!.Value, CancellationToken.None))!;

            Assert.Equal(expected with { Requirements = [], Mappings = [] }, exported with { Requirements = [], Mappings = [] });
            Assert.Equal(expected.Requirements, exported.Requirements);
            Assert.Equal(expected.Mappings.ToHashSet(), exported.Mappings.ToHashSet());
        }
    }

    [Fact]
    public async Task An_organization_framework_imported_then_exported_comes_back_exactly_through_json_and_csv()
    {
        var original = FrameworkFormatRoundTripTests.Awkward();
        await using var db = database.Open();
        await new BuiltInCatalogLoader(CatalogTestData.SourceFolder).SeedAsync(db, CancellationToken.None);
        var organization = new Organization { Name = "Acme", Slug = "acme" };
        db.Add(organization);
        await db.SaveChangesAsync();
        var importer = new FrameworkImporter(db);

        var imported = FrameworkCsvFormat.Read(FrameworkCsvFormat.Write(FrameworkJsonFormat.Read(FrameworkJsonFormat.Write(original))));
        var framework = await importer.ImportRequirementsAsync(imported, organization.Id, CancellationToken.None);
        await importer.SyncMappingsAsync(framework, imported.Mappings, CancellationToken.None);
        var exported = (await new FrameworkExporter(db).ExportAsync(framework.Id, CancellationToken.None))!;

        Assert.False(framework.IsBuiltIn);
        FrameworkFormatRoundTripTests.AssertSame(original, exported);
        Assert.Equal(FrameworkJsonFormat.Write(original), FrameworkJsonFormat.Write(exported));
        Assert.Equal(FrameworkCsvFormat.Write(original), FrameworkCsvFormat.Write(exported));
    }
}
