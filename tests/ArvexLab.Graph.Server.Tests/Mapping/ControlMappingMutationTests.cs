using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Mapping;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Mapping;

/// <summary>Reviewers confirm, reject and add control mappings through the API; each decision is versioned and audited.</summary>
public abstract class ControlMappingMutationTests(TestDatabase database) : IAsyncLifetime
{
    private const string Review = """
        mutation($input: ReviewControlMappingInput!) { reviewControlMapping(input: $input) {
          controlMapping { id reviewState version } errors { code field } } }
        """;

    private GraphClient client = null!;
    private long organizationId;

    public async Task InitializeAsync() => (_, client, organizationId) = await MappingTestApp.GetAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [DataFact]
    public async Task Rejecting_a_mapping_is_audited_a_stale_version_is_a_CONFLICT_and_remapping_keeps_the_rejection()
    {
        var (documentId, mapping) = await MappedAsync("A.5.15");
        var id = GlobalId.Encode("ControlMapping", mapping.Id);

        var rejected = (await client.DataAsync(Review, new { input = new { id, version = mapping.Version, decision = "REJECT", comment = "Not access control." } }))["reviewControlMapping"]!;
        Assert.Empty(rejected["errors"]!.AsArray());
        Assert.Equal("REJECTED", rejected["controlMapping"]!["reviewState"]!.GetValue<string>());

        var stale = (await client.DataAsync(Review, new { input = new { id, version = mapping.Version, decision = "CONFIRM" } }))["reviewControlMapping"]!;
        Assert.Equal("CONFLICT", stale["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("REJECTED", stale["controlMapping"]!["reviewState"]!.GetValue<string>());

        await using var db = database.CreateContext(TestTenant.Of(organizationId));
        var audit = await db.ReviewEvents.SingleAsync(e => e.EntityType == nameof(ControlMapping) && e.EntityId == mapping.Id);
        Assert.Equal(("MAPPING_REJECTED", "Not access control."), (audit.Action, audit.Comment));
        await ControlMapper.MapDocumentAsync(db, documentId);
        Assert.Equal(ReviewState.Rejected, (await db.ControlMappings.SingleAsync(m => m.Id == mapping.Id)).ReviewState);
    }

    [DataFact]
    public async Task A_reviewer_adds_a_manual_mapping_once_and_a_second_add_is_a_DUPLICATE()
    {
        var (_, mapping) = await MappedAsync("A.5.15");
        await using var db = database.CreateContext(TestTenant.Of(organizationId));
        var backup = await db.Requirements.SingleAsync(r => r.Ref == "A.8.13" && r.Framework!.Key == "iso27001-2022");
        var input = new { controlId = GlobalId.Encode("Control", mapping.ControlId), requirementId = GlobalId.Encode("Requirement", backup.Id) };
        const string add = """
            mutation($input: AddControlMappingInput!) { addControlMapping(input: $input) {
              controlMapping { method confidence reviewState requirement { ref } } errors { code } } }
            """;

        var added = (await client.DataAsync(add, new { input }))["addControlMapping"]!;
        var again = (await client.DataAsync(add, new { input }))["addControlMapping"]!;

        Assert.Empty(added["errors"]!.AsArray());
        Assert.Equal(("MANUAL", 1.0, "CONFIRMED", "A.8.13"), (added["controlMapping"]!["method"]!.GetValue<string>(),
            added["controlMapping"]!["confidence"]!.GetValue<double>(), added["controlMapping"]!["reviewState"]!.GetValue<string>(),
            added["controlMapping"]!["requirement"]!["ref"]!.GetValue<string>()));
        Assert.Equal("DUPLICATE", again["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(1, await db.ReviewEvents.CountAsync(e => e.Action == "MAPPING_ADDED" && e.EntityType == nameof(ControlMapping)
            && db.ControlMappings.Any(m => m.Id == e.EntityId && m.ControlId == mapping.ControlId)));
    }

    [DataFact]
    public async Task Another_organizations_mapping_is_not_found()
    {
        var (_, mapping) = await MappedAsync("A.5.15");
        var otherOrganization = await GraphApp.CreateOrganizationAsync(database, "Other");
        var (app, _, _) = await MappingTestApp.GetAsync(database);
        var other = await app.CreateGraphClientAsync(otherOrganization);

        var result = (await other.DataAsync(Review, new { input = new { id = GlobalId.Encode("ControlMapping", mapping.Id), version = mapping.Version, decision = "CONFIRM" } }))["reviewControlMapping"]!;

        Assert.Equal("NOT_FOUND", result["errors"]![0]!["code"]!.GetValue<string>());
    }

    private async Task<(long DocumentId, ControlMapping Mapping)> MappedAsync(string isoRef)
    {
        var (_, vendorId) = await MappingTestData.VendorAsync(database, organizationId, "Reviewed");
        var document = await MappingTestData.ReportAsync(database, organizationId, vendorId, ("CC6.1.1", "Production access requires SSO with MFA.", ["CC6.1"], ControlResult.NoExceptions));
        await using var db = database.CreateContext(TestTenant.Of(organizationId));
        await ControlMapper.MapDocumentAsync(db, document.Id);
        var mapping = await db.ControlMappings.AsNoTracking().SingleAsync(m => m.ControlId == document.Controls[0].Id && m.Requirement!.Ref == isoRef);
        return (document.Id, mapping);
    }
}

public sealed class SqliteControlMappingMutationTests(SqliteTestDatabase database) : ControlMappingMutationTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresControlMappingMutationTests(PostgresTestDatabase database) : ControlMappingMutationTests(database), IClassFixture<PostgresTestDatabase>;
