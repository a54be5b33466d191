using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ArvexLab.Graph.Server.Tests.Frameworks.Admin.CatalogAdminKit;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Admin;

/// <summary>Export and import through the graph, and catalog versions that leave existing control mappings alone.</summary>
public abstract class FrameworkImportExportTests(TestDatabase database) : IAsyncLifetime
{
    private const string ImportFields = "framework { id key version } created";
    private CatalogAdminKit kit = null!;

    public async Task InitializeAsync() => kit = await GetAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [DataFact]
    public Task Json_export_of_a_built_in_catalog_with_its_crosswalk_imports_back_to_the_same_file() => RoundTripAsync("JSON");

    [DataFact]
    public Task Csv_export_of_a_built_in_catalog_with_its_crosswalk_imports_back_to_the_same_file() => RoundTripAsync("CSV");

    private async Task RoundTripAsync(string format)
    {
        var exported = await ExportAsync(kit.AdminA, "nis2", format);
        var original = Read(exported, format);
        Assert.NotEmpty(original.Mappings);
        var copy = original with { Key = NewKey("nis2-copy") };

        var imported = await PayloadAsync(kit.AdminA, "importFramework", "ImportFrameworkInput", new { format, content = Write(copy, format) }, ImportFields);
        var reexported = Read(await ExportAsync(kit.AdminA, copy.Key, format), format);

        Assert.Empty(Codes(imported));
        Assert.True(imported["created"]!.GetValue<bool>());
        Assert.Equal(FrameworkJsonFormat.Write(copy), FrameworkJsonFormat.Write(reexported));
        Assert.Equal(Write(copy, format), await ExportAsync(kit.AdminA, copy.Key, format));
    }

    [DataFact]
    public async Task Importing_version_2_adds_a_framework_version_and_the_control_mapping_to_version_1_keeps_its_target()
    {
        var key = NewKey("policy");
        var iso = await IsoVersionAsync();
        var v1 = new FrameworkDocument(key, "Supplier policy", "1", null, "Acme", [
            new RequirementDocument("P1", null, "Access", "Access is reviewed."),
            new RequirementDocument("P1.1", "P1", "Quarterly review", null),
        ], [new MappingDocument("P1.1", "iso27001-2022", iso, "A.5.18", MappingRelationship.Subset, "Acme")]);
        var v2 = v1 with
        {
            CatalogVersion = "2",
            Requirements = [new RequirementDocument("P1", null, "Access control", "Access is reviewed monthly.")],
            Mappings = [],
        };
        var first = await PayloadAsync(kit.AdminA, "importFramework", "ImportFrameworkInput", new { format = "JSON", content = FrameworkJsonFormat.Write(v1) }, ImportFields);
        var v1Requirement = await RequirementIdAsync(database, key, "P1.1");
        var mappingId = await MapControlAsync(database, kit.A, GlobalId.Decode(v1Requirement, "Requirement"));

        var second = await PayloadAsync(kit.AdminA, "importFramework", "ImportFrameworkInput", new { format = "JSON", content = FrameworkJsonFormat.Write(v2) }, ImportFields);
        var newest = await kit.AdminA.DataAsync("query($key: String!) { framework(key: $key) { version requirements { nodes { ref title } } } }", new { key });

        Assert.True(first["created"]!.GetValue<bool>());
        Assert.True(second["created"]!.GetValue<bool>());
        Assert.NotEqual(first["framework"]!["id"]!.GetValue<string>(), second["framework"]!["id"]!.GetValue<string>());
        Assert.Equal("2", newest["framework"]!["version"]!.GetValue<string>());
        Assert.Equal("Access control", newest["framework"]!["requirements"]!["nodes"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(FrameworkJsonFormat.Write(v1), await ExportAsync(kit.AdminA, key, "JSON", version: "1"));
        await using var db = database.CreateSystemContext();
        var mapping = await db.ControlMappings.Include(m => m.Requirement!).ThenInclude(r => r.Framework).SingleAsync(m => m.Id == mappingId);
        Assert.Equal(("P1.1", "1"), (mapping.Requirement!.Ref, mapping.Requirement.Framework!.CatalogVersion));
    }

    [DataFact]
    public async Task A_broken_file_is_a_VALIDATION_error_naming_the_problem_and_imports_nothing()
    {
        var key = NewKey("broken");
        var iso = await IsoVersionAsync();
        var document = new FrameworkDocument(key, "Broken", "1", null, null, [new RequirementDocument("B1", null, "One", null)],
            [new MappingDocument("B1", "iso27001-2022", iso, "A.99.99", MappingRelationship.Equal, "Acme")]);

        var unknownTarget = await PayloadAsync(kit.AdminA, "importFramework", "ImportFrameworkInput", new { format = "JSON", content = FrameworkJsonFormat.Write(document) }, ImportFields);
        var notCsv = await PayloadAsync(kit.AdminA, "importFramework", "ImportFrameworkInput", new { format = "CSV", content = "hello,world\n" }, ImportFields);
        var builtInKey = await PayloadAsync(kit.AdminA, "importFramework", "ImportFrameworkInput",
            new { format = "JSON", content = FrameworkJsonFormat.Write(document with { Key = "nis2", Mappings = [] }) }, ImportFields);

        Assert.Equal(["VALIDATION"], Codes(unknownTarget));
        Assert.Contains("A.99.99", unknownTarget["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(["VALIDATION"], Codes(notCsv));
        Assert.Equal(["DUPLICATE"], Codes(builtInKey));
        await using var db = database.CreateSystemContext();
        Assert.False(await db.Frameworks.AnyAsync(f => f.Key == key));
    }

    private async Task<string> IsoVersionAsync()
    {
        await using var db = database.CreateSystemContext();
        return await db.Frameworks.Where(f => f.Key == "iso27001-2022").Select(f => f.CatalogVersion).SingleAsync();
    }

    private static async Task<string> ExportAsync(GraphClient client, string key, string format, string? version = null)
    {
        var data = await client.DataAsync("query($key: String!, $version: String, $format: FrameworkFileFormat!) { framework(key: $key, version: $version) { export(format: $format) } }",
            new { key, version, format });
        return data["framework"]!["export"]!.GetValue<string>();
    }

    private static FrameworkDocument Read(string content, string format) => format == "CSV" ? FrameworkCsvFormat.Read(content) : FrameworkJsonFormat.Read(content);

    private static string Write(FrameworkDocument document, string format) => format == "CSV" ? FrameworkCsvFormat.Write(document) : FrameworkJsonFormat.Write(document);
}

public sealed class SqliteFrameworkImportExportTests(SqliteTestDatabase database) : FrameworkImportExportTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresFrameworkImportExportTests(PostgresTestDatabase database) : FrameworkImportExportTests(database), IClassFixture<PostgresTestDatabase>;
