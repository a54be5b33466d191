using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Mapping;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Mapping;

/// <summary>
/// The mapping engine on the shipped catalogs. Hand-checked against the crosswalk files: TSC CC6.1 → ISO A.5.15 …
/// A.8.24 (all INTERSECT); ISO A.5.15 → NIS2 Art. 21(2)(i) and (j) (INTERSECT). A control at confidence 1.0 gives
/// EXPLICIT 1.0, one INTERSECT hop 1.0 × 0.9 × 0.75 = 0.675, two hops 0.675 × 0.675 = 0.456.
/// </summary>
public abstract class ControlMappingTests(TestDatabase database) : IAsyncLifetime
{
    private long organizationId;

    public async Task InitializeAsync() => (_, _, organizationId) = await MappingTestApp.GetAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [DataFact]
    public async Task A_control_listed_under_CC6_1_maps_explicitly_and_derives_ISO_and_NIS2_with_the_path()
    {
        var control = await SeedControlAsync(("CC6.1.1", "Production access requires SSO with MFA.", ["CC6.1"], ControlResult.NoExceptions));

        var mappings = await MappingsAsync(control);

        var explicitMapping = Assert.Single(mappings, m => m.Method == ControlMappingMethod.Explicit);
        Assert.Equal(("soc2-tsc-2017", "CC6.1", 1.0, null), (explicitMapping.Key, explicitMapping.Ref, explicitMapping.Confidence, explicitMapping.Path));
        var iso = mappings.Single(m => m.Key == "iso27001-2022" && m.Ref == "A.5.15");
        Assert.Equal((ControlMappingMethod.Derived, 0.675, "soc2-tsc-2017 CC6.1 → INTERSECT → iso27001-2022 A.5.15"), (iso.Method, iso.Confidence, iso.Path));
        Assert.Equal(["A.5.15", "A.5.16", "A.5.17", "A.8.2", "A.8.20", "A.8.22", "A.8.24", "A.8.3", "A.8.4", "A.8.5"],
            mappings.Where(m => m.Key == "iso27001-2022").Select(m => m.Ref).Order(StringComparer.Ordinal));
        var nis2 = mappings.Single(m => m.Key == "nis2" && m.Ref == "Art. 21(2)(i)");
        Assert.Equal((ControlMappingMethod.Derived, 0.456), (nis2.Method, nis2.Confidence));
        Assert.Equal("soc2-tsc-2017 CC6.1 → INTERSECT → iso27001-2022 A.5.15 → INTERSECT → nis2 Art. 21(2)(i)", nis2.Path);
        // Walking back into the control's own catalog would invent criteria the report never named.
        Assert.Equal(["CC6.1"], mappings.Where(m => m.Key == "soc2-tsc-2017").Select(m => m.Ref));
        Assert.All(mappings, m => Assert.Equal(ReviewState.Pending, m.ReviewState));
    }

    [DataFact]
    public async Task A_control_without_criteria_is_inferred_from_its_text_with_capped_confidence()
    {
        var control = await SeedControlAsync((null, "Backups of production databases are performed daily and restore tests are performed quarterly.", [], ControlResult.NoExceptions));

        var mappings = await MappingsAsync(control);

        Assert.All(mappings, m => Assert.Equal((ControlMappingMethod.Inferred, ReviewState.Pending), (m.Method, m.ReviewState)));
        Assert.All(mappings, m => Assert.InRange(m.Confidence, MappingProposals.InferredThreshold, MappingProposals.InferredCeiling));
        Assert.Contains(mappings, m => m.Key == "iso27001-2022" && m.Ref == "A.8.13"); // Information backup
        Assert.Contains(mappings, m => m.Key == "soc2-tsc-2017" && m.Ref == "A1.2");   // backup and recovery
        Assert.All(mappings, m => Assert.StartsWith("text similarity ", m.Path));
    }

    [DataFact]
    public async Task Mapping_again_changes_nothing_and_keeps_every_human_decision()
    {
        var control = await SeedControlAsync(("CC6.1.1", "Production access requires SSO with MFA.", ["CC6.1"], ControlResult.NoExceptions));
        var documentId = await DocumentOfAsync(control);
        await using (var db = database.CreateContext(TestTenant.Of(organizationId)))
        {
            var all = await db.ControlMappings.Include(m => m.Requirement).Where(m => m.ControlId == control).ToListAsync();
            all.Single(m => m.Requirement!.Ref == "A.5.15").ReviewState = ReviewState.Rejected;
            all.Single(m => m.Requirement!.Ref == "A.8.5").ReviewState = ReviewState.Confirmed;
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext(TestTenant.Of(organizationId)))
        {
            Assert.Equal(new MappingCounts(0, 0, 0), await ControlMapper.MapDocumentAsync(db, documentId));
            // The control's text changes on re-extraction: pending mappings follow, reviewed ones stay as decided.
            var tracked = await db.Controls.SingleAsync(c => c.Id == control);
            tracked.Criteria = ["CC8.1"];
            await db.SaveChangesAsync();
            await ControlMapper.MapDocumentAsync(db, documentId);
        }

        var after = await MappingsAsync(control);
        Assert.Contains(after, m => m.Ref == "A.5.15" && m.ReviewState == ReviewState.Rejected);
        Assert.Contains(after, m => m.Ref == "A.8.5" && m.ReviewState == ReviewState.Confirmed);
        Assert.Contains(after, m => m.Ref == "CC8.1" && m.Method == ControlMappingMethod.Explicit);
        Assert.DoesNotContain(after, m => m.Ref == "CC6.1");
        Assert.DoesNotContain(after, m => m.Ref == "A.5.16"); // pending, no longer proposed: removed
    }

    private async Task<long> SeedControlAsync((string? Ref, string Description, string[] Criteria, ControlResult Result) spec)
    {
        var (_, vendorId) = await MappingTestData.VendorAsync(database, organizationId, "Mapped");
        var document = await MappingTestData.ReportAsync(database, organizationId, vendorId, (spec.Ref!, spec.Description, spec.Criteria, spec.Result));
        await using var db = database.CreateContext(TestTenant.Of(organizationId));
        await ControlMapper.MapDocumentAsync(db, document.Id);
        return document.Controls[0].Id;
    }

    private async Task<long> DocumentOfAsync(long controlId)
    {
        await using var db = database.CreateContext(TestTenant.Of(organizationId));
        return await db.Controls.Where(c => c.Id == controlId).Select(c => c.DocumentId).SingleAsync();
    }

    private async Task<List<MappingRow>> MappingsAsync(long controlId)
    {
        await using var db = database.CreateContext(TestTenant.Of(organizationId));
        return await db.ControlMappings.Where(m => m.ControlId == controlId)
            .Select(m => new MappingRow(m.Requirement!.Framework!.Key, m.Requirement.Ref, m.Method, m.Confidence, m.Path, m.ReviewState)).ToListAsync();
    }

    private sealed record MappingRow(string Key, string Ref, ControlMappingMethod Method, double Confidence, string? Path, ReviewState ReviewState);
}

public sealed class SqliteControlMappingTests(SqliteTestDatabase database) : ControlMappingTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresControlMappingTests(PostgresTestDatabase database) : ControlMappingTests(database), IClassFixture<PostgresTestDatabase>;
