using System.Text.Json.Nodes;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Catalogs;

public sealed class BuiltInCatalogLoaderTests : IDisposable
{
    private readonly CatalogTestDatabase database = new();
    private readonly string dataCopy = Path.Combine(Path.GetTempPath(), "arvexlab-catalog-data-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        database.Dispose();
        if (Directory.Exists(dataCopy)) Directory.Delete(dataCopy, recursive: true);
    }

    private async Task LoadAsync(CatalogDataFolder folder)
    {
        await using var db = database.Open();
        await new BuiltInCatalogLoader(folder).SeedAsync(db, CancellationToken.None);
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = database.Open();
        var frameworks = await db.Frameworks.OrderBy(f => f.Id).Select(f => $"{f.Id} {f.Key} {f.CatalogVersion} v{f.Version} {f.Name}").ToListAsync();
        var requirements = await db.Requirements.OrderBy(r => r.Id).Select(r => $"{r.Id} {r.FrameworkId} {r.ParentId} {r.Ref} {r.SortOrder} {r.Title} {r.Text}").ToListAsync();
        var mappings = await db.RequirementMappings.OrderBy(m => m.Id).Select(m => $"{m.Id} {m.SourceRequirementId} {m.TargetRequirementId} {m.Relationship} {m.Source}").ToListAsync();
        return string.Join('\n', frameworks.Concat(requirements).Concat(mappings));
    }

    private static void EditCatalog(CatalogDataFolder folder, string key, Action<JsonObject> edit)
    {
        var file = Path.Combine(folder.CatalogsPath, key + ".json");
        var json = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        edit(json);
        File.WriteAllText(file, json.ToJsonString());
    }

    private static JsonObject Requirement(JsonObject catalog, string reference) =>
        catalog["requirements"]!.AsArray().Select(r => r!.AsObject()).Single(r => (string?)r["ref"] == reference);

    [Fact]
    public async Task Loading_twice_changes_nothing()
    {
        await LoadAsync(CatalogTestData.SourceFolder);
        var first = await SnapshotAsync();

        await LoadAsync(CatalogTestData.SourceFolder);

        Assert.Equal(first, await SnapshotAsync());
        await using var db = database.Open();
        Assert.Equal(7, await db.Frameworks.CountAsync());
        Assert.True(await db.RequirementMappings.CountAsync() > 600, "the snapshot should cover the crosswalks");
    }

    [Fact]
    public async Task Changed_text_within_the_same_catalog_version_is_updated_in_place()
    {
        var folder = CatalogTestData.CopyTo(dataCopy);
        await LoadAsync(folder);
        long id;
        int frameworkVersion;
        await using (var db = database.Open())
        {
            id = await db.Requirements.Where(r => r.Ref == "A.5.19" && r.Framework!.Key == "iso27001-2022").Select(r => r.Id).SingleAsync();
            frameworkVersion = await db.Frameworks.Where(f => f.Key == "iso27001-2022").Select(f => f.Version).SingleAsync();
        }

        EditCatalog(folder, "iso27001-2022", c => Requirement(c, "A.5.19")["text"] = "Supplier risk, in our words.");
        await LoadAsync(folder);

        await using var check = database.Open();
        var requirement = await check.Requirements.SingleAsync(r => r.Ref == "A.5.19" && r.Framework!.Key == "iso27001-2022");
        Assert.Equal(id, requirement.Id);
        Assert.Equal("Supplier risk, in our words.", requirement.Text);
        Assert.Equal(1, await check.Frameworks.CountAsync(f => f.Key == "iso27001-2022"));
        // The framework's concurrency version moves, so an admin editing it concurrently is told it changed.
        Assert.Equal(frameworkVersion + 1, (await check.Frameworks.SingleAsync(f => f.Key == "iso27001-2022")).Version);
    }

    [Fact]
    public async Task A_new_catalog_version_is_added_beside_the_old_one_which_keeps_its_mappings()
    {
        var folder = CatalogTestData.CopyTo(dataCopy);
        await LoadAsync(folder);
        var controlId = await AddControlMappedToAsync("iso27001-2022", "A.5.19");
        var before = await SnapshotAsync();

        EditCatalog(folder, "iso27001-2022", c =>
        {
            c["catalogVersion"] = "2027.1";
            Requirement(c, "A.5.19")["title"] = "Supplier relationships (retitled in the new version)";
        });
        // The crosswalks still name 2026.1, so they keep pointing at the old version; the file set must stay loadable.
        await LoadAsync(folder);

        await using var db = database.Open();
        var versions = await db.Frameworks.Where(f => f.Key == "iso27001-2022").OrderBy(f => f.Id).ToListAsync();
        Assert.Equal(["2026.1", "2027.1"], versions.Select(v => v.CatalogVersion));
        Assert.Empty(before.Split('\n').Except((await SnapshotAsync()).Split('\n')));
        var mapping = await db.ControlMappings.Include(m => m.Requirement).SingleAsync(m => m.ControlId == controlId);
        Assert.Equal(versions[0].Id, mapping.Requirement!.FrameworkId);
        Assert.Equal("Information security in supplier relationships", mapping.Requirement.Title);
        Assert.Equal(139, await db.Requirements.CountAsync(r => r.FrameworkId == versions[1].Id));
        Assert.Equal("Supplier relationships (retitled in the new version)",
            await db.Requirements.Where(r => r.FrameworkId == versions[1].Id && r.Ref == "A.5.19").Select(r => r.Title).SingleAsync());
    }

    [Fact]
    public async Task A_crosswalk_row_naming_an_unknown_requirement_stops_the_load_with_the_ref_named()
    {
        var folder = CatalogTestData.CopyTo(dataCopy);
        var file = Path.Combine(folder.CrosswalksPath, "gdpr_iso27001-2022.csv");
        File.AppendAllText(file, "gdpr,2026.1,Art. 32(1)(a),iso27001-2022,2026.1,A.9.99,INTERSECT,ArvexLab\n");

        var error = await Assert.ThrowsAsync<FrameworkImportException>(() => LoadAsync(folder));

        Assert.Contains("A.9.99", error.Message, StringComparison.Ordinal);
    }

    private async Task<long> AddControlMappedToAsync(string frameworkKey, string reference)
    {
        await using var db = database.Open();
        var organization = new Organization { Name = "Acme", Slug = "acme" };
        db.Add(organization);
        await db.SaveChangesAsync();
        var vendor = new Vendor { Name = "Cloudy", OrganizationId = organization.Id };
        var document = new EvidenceDocument { Title = "SOC 2", FileName = "soc2.pdf", Sha256 = new string('0', 64), Vendor = vendor, OrganizationId = organization.Id };
        var control = new Control { Description = "Vendors are assessed yearly.", Document = document, OrganizationId = organization.Id };
        db.AddRange(vendor, document, control);
        await db.SaveChangesAsync();
        var requirementId = await db.Requirements.Where(r => r.Ref == reference && r.Framework!.Key == frameworkKey).Select(r => r.Id).SingleAsync();
        db.ControlMappings.Add(new ControlMapping
        {
            OrganizationId = organization.Id,
            ControlId = control.Id,
            RequirementId = requirementId,
            Method = ControlMappingMethod.Explicit,
            Confidence = 1,
        });
        await db.SaveChangesAsync();
        return control.Id;
    }
}
