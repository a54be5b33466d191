using System.Text.Json.Nodes;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ArvexLab.Graph.Server.Tests.Frameworks.Admin.CatalogAdminKit;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Admin;

/// <summary>Catalog administration through the graph, per role, on SQLite and PostgreSQL.</summary>
public abstract class CatalogAdministrationTests(TestDatabase database) : IAsyncLifetime
{
    private const string FrameworkFields = "framework { id key version revision isBuiltIn }";
    private const string RequirementFields = "requirement { id ref title revision parent { ref } }";
    private CatalogAdminKit kit = null!;

    public async Task InitializeAsync() => kit = await GetAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [DataFact]
    public async Task Org_admin_builds_edits_and_deletes_its_own_framework_and_every_change_is_audited()
    {
        var key = NewKey("acme");
        var framework = (await PayloadAsync(kit.AdminA, "createFramework", "CreateFrameworkInput", new { key, name = "Acme supplier rules", version = "1" }, FrameworkFields))["framework"]!;
        var frameworkId = framework["id"]!.GetValue<string>();
        Assert.False(framework["isBuiltIn"]!.GetValue<bool>());
        var root = (await PayloadAsync(kit.AdminA, "createRequirement", "CreateRequirementInput", new { frameworkId, @ref = "S1", title = "Security" }, RequirementFields))["requirement"]!;
        var child = (await PayloadAsync(kit.AdminA, "createRequirement", "CreateRequirementInput",
            new { frameworkId, @ref = "S1.1", title = "MFA", parentId = root["id"]!.GetValue<string>() }, RequirementFields))["requirement"]!;
        Assert.Equal("S1", child["parent"]!["ref"]!.GetValue<string>());
        var mapping = await PayloadAsync(kit.AdminA, "createRequirementMapping", "CreateRequirementMappingInput", new
        {
            sourceRequirementId = child["id"]!.GetValue<string>(),
            targetRequirementId = await RequirementIdAsync(database, "iso27001-2022", "A.8.5"),
            relationship = "SUBSET",
            source = "Acme security team",
        }, "requirementMapping { id revision relationship source targetRequirement { ref } }");
        Assert.Empty(Codes(mapping));
        Assert.Equal("A.8.5", mapping["requirementMapping"]!["targetRequirement"]!["ref"]!.GetValue<string>());

        var renamed = await PayloadAsync(kit.AdminA, "updateRequirement", "UpdateRequirementInput",
            new { id = child["id"]!.GetValue<string>(), revision = child["revision"]!.GetValue<int>(), title = "Multi-factor authentication" }, RequirementFields);
        var parentDelete = await PayloadAsync(kit.AdminA, "deleteRequirement", "DeleteCatalogItemInput",
            new { id = root["id"]!.GetValue<string>(), revision = root["revision"]!.GetValue<int>() }, "deletedId");
        var cycle = await PayloadAsync(kit.AdminA, "updateRequirement", "UpdateRequirementInput",
            new { id = root["id"]!.GetValue<string>(), revision = root["revision"]!.GetValue<int>(), parentId = child["id"]!.GetValue<string>() }, RequirementFields);
        var deleted = await PayloadAsync(kit.AdminA, "deleteFramework", "DeleteCatalogItemInput",
            new { id = frameworkId, revision = framework["revision"]!.GetValue<int>() }, "deletedId");

        Assert.Equal("Multi-factor authentication", renamed["requirement"]!["title"]!.GetValue<string>());
        Assert.Equal(["HAS_CHILDREN"], Codes(parentDelete));
        Assert.Equal(["VALIDATION"], Codes(cycle));
        Assert.Empty(Codes(deleted));
        Assert.Equal(frameworkId, deleted["deletedId"]!.GetValue<string>());
        await using var db = database.CreateSystemContext();
        var frameworkKey = GlobalId.Decode(frameworkId, "Framework");
        Assert.False(await db.Frameworks.AnyAsync(f => f.Id == frameworkKey));
        Assert.False(await db.Requirements.AnyAsync(r => r.FrameworkId == frameworkKey));
        var audit = await db.ReviewEvents.Where(e => e.OrganizationId == kit.A && (e.EntityType == "Framework" || e.EntityType == "Requirement" || e.EntityType == "RequirementMapping"))
            .Select(e => e.EntityType + ":" + e.Action).ToListAsync();
        Assert.Contains("Framework:CREATED", audit);
        Assert.Contains("Requirement:UPDATED", audit);
        Assert.Contains("RequirementMapping:CREATED", audit);
        Assert.Contains("Framework:DELETED", audit);
    }

    [DataFact]
    public async Task Org_admin_is_FORBIDDEN_on_built_ins_and_another_organizations_framework_is_NOT_FOUND()
    {
        var builtIn = await BuiltInFrameworkIdAsync(database, "nis2");
        var own = (await PayloadAsync(kit.AdminA, "createFramework", "CreateFrameworkInput", new { key = NewKey("own"), name = "Own", version = "1" }, FrameworkFields))["framework"]!;

        var onBuiltIn = await PayloadAsync(kit.AdminA, "updateFramework", "UpdateFrameworkInput", new { id = builtIn, revision = 1, name = "Mine now" }, FrameworkFields);
        var builtInCreate = await PayloadAsync(kit.AdminA, "createFramework", "CreateFrameworkInput", new { key = NewKey("bi"), name = "X", version = "1", builtIn = true }, FrameworkFields);
        var requirementInBuiltIn = await PayloadAsync(kit.AdminA, "deleteRequirement", "DeleteCatalogItemInput",
            new { id = await RequirementIdAsync(database, "nis2", "Art. 21(2)(d)"), revision = 1 }, "deletedId");
        var otherOrg = await PayloadAsync(kit.AdminB, "updateFramework", "UpdateFrameworkInput",
            new { id = own["id"]!.GetValue<string>(), revision = own["revision"]!.GetValue<int>(), name = "Taken over" }, FrameworkFields);
        var viewer = await kit.ViewerA.PostAsync("mutation { createFramework(input: { key: \"v\", name: \"V\", version: \"1\" }) { errors { code } } }");
        var partner = await kit.PartnerA.PostAsync("mutation { createFramework(input: { key: \"p\", name: \"P\", version: \"1\" }) { errors { code } } }");

        Assert.Equal(["FORBIDDEN"], Codes(onBuiltIn));
        Assert.Equal(["FORBIDDEN"], Codes(builtInCreate));
        Assert.Equal(["FORBIDDEN"], Codes(requirementInBuiltIn));
        Assert.Equal(["NOT_FOUND"], Codes(otherOrg));
        Assert.Equal("FORBIDDEN", viewer.FirstErrorCode);
        Assert.Equal("FORBIDDEN", partner.FirstErrorCode);
        await using var db = database.CreateSystemContext();
        Assert.Equal("NIS2 Directive Art. 21", (await db.Frameworks.SingleAsync(f => f.Key == "nis2" && f.OrganizationId == null)).Name);
        Assert.True(await db.Requirements.AnyAsync(r => r.Ref == "Art. 21(2)(d)" && r.Framework!.Key == "nis2"));
    }

    [DataFact]
    public async Task Platform_admin_publishes_a_built_in_catalog_every_organization_reads()
    {
        var key = NewKey("shared");
        var created = await PayloadAsync(kit.PlatformAdmin, "createFramework", "CreateFrameworkInput",
            new { key, name = "Shared catalog", version = "2026", source = "ArvexLab", builtIn = true }, FrameworkFields);
        var requirement = await PayloadAsync(kit.PlatformAdmin, "createRequirement", "CreateRequirementInput",
            new { frameworkId = created["framework"]!["id"]!.GetValue<string>(), @ref = "R1", title = "Rule one" }, RequirementFields);
        var ownByPlatformAdmin = await PayloadAsync(kit.PlatformAdmin, "createFramework", "CreateFrameworkInput", new { key = NewKey("pa"), name = "X", version = "1" }, FrameworkFields);

        var seenByB = await kit.AdminB.DataAsync("query($key: String!) { framework(key: $key) { isBuiltIn requirements { nodes { ref } } } }", new { key });

        Assert.Empty(Codes(created));
        Assert.Empty(Codes(requirement));
        Assert.True(seenByB["framework"]!["isBuiltIn"]!.GetValue<bool>());
        Assert.Equal("R1", seenByB["framework"]!["requirements"]!["nodes"]![0]!["ref"]!.GetValue<string>());
        // The platform flag opens built-ins only; in their own organization the operator is a viewer.
        Assert.Equal(["FORBIDDEN"], Codes(ownByPlatformAdmin));
    }

    [DataFact]
    public async Task Shipped_catalog_versions_are_READ_ONLY_for_platform_admins_who_publish_a_new_version_instead()
    {
        var nis2 = await BuiltInFrameworkIdAsync(database, "nis2");
        var file = (await kit.PlatformAdmin.DataAsync("{ framework(key: \"nis2\") { export(format: JSON) } }"))["framework"]!["export"]!.GetValue<string>();
        var next = FrameworkJsonFormat.Read(file) with { CatalogVersion = NewKey("next") };

        var rename = await PayloadAsync(kit.PlatformAdmin, "updateFramework", "UpdateFrameworkInput", new { id = nis2, revision = 1, name = "Renamed" }, FrameworkFields);
        var crosswalk = await PayloadAsync(kit.PlatformAdmin, "createRequirementMapping", "CreateRequirementMappingInput", new
        {
            sourceRequirementId = await RequirementIdAsync(database, "nis2", "Art. 21(2)(d)"),
            targetRequirementId = await RequirementIdAsync(database, "iso27001-2022", "A.5.20"),
            relationship = "INTERSECT",
            source = "ArvexLab",
        }, "requirementMapping { id }");
        var reimport = await PayloadAsync(kit.PlatformAdmin, "importFramework", "ImportFrameworkInput", new { format = "JSON", content = file, builtIn = true }, "created");
        var newVersion = await PayloadAsync(kit.PlatformAdmin, "importFramework", "ImportFrameworkInput",
            new { format = "JSON", content = FrameworkJsonFormat.Write(next), builtIn = true }, "framework { version isBuiltIn } created");

        Assert.Equal(["READ_ONLY"], Codes(rename));
        Assert.Equal(["READ_ONLY"], Codes(crosswalk));
        Assert.Equal(["READ_ONLY"], Codes(reimport));
        Assert.Empty(Codes(newVersion));
        Assert.True(newVersion["created"]!.GetValue<bool>());
        Assert.True(newVersion["framework"]!["isBuiltIn"]!.GetValue<bool>());
        await using var db = database.CreateSystemContext();
        Assert.Equal(next.Mappings.Count, await db.RequirementMappings.CountAsync(m => m.SourceRequirement!.Framework!.CatalogVersion == next.CatalogVersion));
    }

    [DataFact]
    public async Task A_stale_revision_is_a_CONFLICT_and_only_the_first_change_is_stored()
    {
        var framework = (await PayloadAsync(kit.AdminA, "createFramework", "CreateFrameworkInput", new { key = NewKey("c"), name = "Before", version = "1" }, FrameworkFields))["framework"]!;
        var input = new { id = framework["id"]!.GetValue<string>(), revision = framework["revision"]!.GetValue<int>() };

        var first = await PayloadAsync(kit.AdminA, "updateFramework", "UpdateFrameworkInput", new { input.id, input.revision, name = "First" }, "framework { name revision }");
        var second = await PayloadAsync(kit.AdminA, "updateFramework", "UpdateFrameworkInput", new { input.id, input.revision, name = "Second" }, "framework { name revision }");

        Assert.Empty(Codes(first));
        Assert.Equal(["CONFLICT"], Codes(second));
        Assert.Equal("First", second["framework"]!["name"]!.GetValue<string>());
        Assert.Equal(input.revision + 1, second["framework"]!["revision"]!.GetValue<int>());
    }

    [DataFact]
    public async Task A_requirement_with_control_mappings_is_IN_USE_and_neither_it_nor_its_framework_can_be_deleted()
    {
        var framework = (await PayloadAsync(kit.AdminA, "createFramework", "CreateFrameworkInput", new { key = NewKey("u"), name = "Used", version = "1" }, FrameworkFields))["framework"]!;
        var requirement = (await PayloadAsync(kit.AdminA, "createRequirement", "CreateRequirementInput",
            new { frameworkId = framework["id"]!.GetValue<string>(), @ref = "U1", title = "Used" }, RequirementFields))["requirement"]!;
        var requirementKey = GlobalId.Decode(requirement["id"]!.GetValue<string>(), "Requirement");
        var mappingId = await MapControlAsync(database, kit.A, requirementKey);

        var requirementDelete = await PayloadAsync(kit.AdminA, "deleteRequirement", "DeleteCatalogItemInput",
            new { id = requirement["id"]!.GetValue<string>(), revision = requirement["revision"]!.GetValue<int>() }, "deletedId");
        var frameworkDelete = await PayloadAsync(kit.AdminA, "deleteFramework", "DeleteCatalogItemInput",
            new { id = framework["id"]!.GetValue<string>(), revision = framework["revision"]!.GetValue<int>() }, "deletedId");

        Assert.Equal(["IN_USE"], Codes(requirementDelete));
        Assert.Equal(["IN_USE"], Codes(frameworkDelete));
        await using var db = database.CreateSystemContext();
        Assert.Equal(requirementKey, (await db.ControlMappings.SingleAsync(m => m.Id == mappingId)).RequirementId);
    }

    [DataFact]
    public async Task IN_USE_names_only_the_callers_own_mappings_and_no_count_of_other_organizations()
    {
        // Both organizations map a control to the built-in requirement and point their own crosswalk rows at it.
        var orgs = await TwoOrganizations.SeedAsync(database);
        long requirementKey;
        int revision;
        await using (var db = database.CreateSystemContext())
        {
            var requirement = await db.Requirements.SingleAsync(r => r.FrameworkId == orgs.BuiltInFrameworkId);
            (requirementKey, revision) = (requirement.Id, requirement.Version);
        }

        Task<JsonNode> DeleteAsPlatformAdmin() => PayloadAsync(kit.PlatformAdmin, "deleteRequirement", "DeleteCatalogItemInput",
            new { id = GlobalId.Encode("Requirement", requirementKey), revision }, "deletedId");
        static string Message(JsonNode payload) => payload["errors"]![0]!["message"]!.GetValue<string>();

        var othersOnly = await DeleteAsPlatformAdmin();
        await MapControlAsync(database, kit.A, requirementKey);
        var ownToo = await DeleteAsPlatformAdmin();

        Assert.Equal(["IN_USE"], Codes(othersOnly));
        Assert.Equal("The requirement is in use: control mappings point at it. Publish a new catalog version instead.", Message(othersOnly));
        Assert.Equal(["IN_USE"], Codes(ownToo));
        // The platform admin's organization (A of the kit) has one; the two seeded organizations' mappings are not counted.
        Assert.Equal("The requirement is in use: 1 of your organization's control mapping(s) point at it. Publish a new catalog version instead.", Message(ownToo));
        await using var check = database.CreateSystemContext();
        Assert.True(await check.Requirements.AnyAsync(r => r.Id == requirementKey));
    }

    [DataFact]
    public async Task A_second_built_in_row_with_the_same_key_and_version_is_refused_by_the_database()
    {
        await using var db = database.CreateSystemContext();
        db.Frameworks.Add(new Server.Data.Entities.Framework { Key = "nis2", Name = "Duplicate", CatalogVersion = (await db.Frameworks.FirstAsync(f => f.Key == "nis2")).CatalogVersion, IsBuiltIn = true });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}

public sealed class SqliteCatalogAdministrationTests(SqliteTestDatabase database) : CatalogAdministrationTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresCatalogAdministrationTests(PostgresTestDatabase database) : CatalogAdministrationTests(database), IClassFixture<PostgresTestDatabase>;
