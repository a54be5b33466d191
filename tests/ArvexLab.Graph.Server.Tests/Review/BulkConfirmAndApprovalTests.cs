using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ArvexLab.Graph.Server.Tests.Review.ReviewOperations;

namespace ArvexLab.Graph.Server.Tests.Review;

/// <summary>confirmFindings honours minConfidence and human decisions; approval waits for low-confidence findings.</summary>
public abstract class BulkConfirmAndApprovalTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>, IAsyncLifetime
    where TDatabase : TestDatabase
{
    private ReviewTestKit kit = null!;

    public async Task InitializeAsync() => kit = await ReviewTestKit.GetAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [DataFact]
    public async Task Bulk_confirm_confirms_pending_findings_at_or_above_minConfidence_and_skips_low_ones_and_human_decisions()
    {
        var document = await kit.SeedDocumentAsync();
        var cc61 = await document.FindingAsync<Control>(database, c => c.Ref == "CC6.1"); // 0.92
        var cc62 = await document.FindingAsync<Control>(database, c => c.Ref == "CC6.2"); // 0.94
        var cc72 = await document.FindingAsync<Control>(database, c => c.Ref == "CC7.2"); // 0.70
        var auditor = await document.FindingAsync<ExtractedField>(database, f => f.Name == "auditor"); // 0.95
        var subservice = await document.FindingAsync<SubserviceOrganization>(database, _ => true); // 0.90
        await kit.Reviewer.DataAsync(ReviewSubservice, new { input = new { subservice.Id, subservice.Version, decision = "REJECT" } });

        var payload = (await kit.Reviewer.DataAsync(ConfirmFindings, new
        {
            input = new { ids = new[] { cc61.Id, cc62.Id, cc72.Id, auditor.Id, subservice.Id }, minConfidence = 0.92, comment = "Bulk pass" },
        }))["confirmFindings"]!;

        Assert.Empty(payload.Codes());
        var confirmed = payload["confirmed"]!.AsArray().Select(f => f.Str("id")).ToHashSet();
        Assert.Equal([cc61.Id, cc62.Id, auditor.Id], confirmed.Order());
        Assert.All(payload["confirmed"]!.AsArray(), f => Assert.Equal("CONFIRMED", f.Str("reviewState")));
        Assert.Contains(payload["confirmed"]!.AsArray(), f => f.Str("__typename") == "ExtractedField");
        var skipped = payload["skipped"]!.AsArray().ToDictionary(s => s!["finding"].Str("id"), s => s.Str("reason"));
        Assert.Equal("BELOW_MIN_CONFIDENCE", skipped[cc72.Id]);
        Assert.Equal("ALREADY_REVIEWED", skipped[subservice.Id]);

        var events = await document.EventsAsync(database);
        Assert.Equal(3, events.Count(e => e.Action == "CONFIRMED" && e.Comment == "Bulk pass"));
        Assert.Equal("REJECTED", events.Single(e => e.EntityType == nameof(SubserviceOrganization)).Action);
        Assert.Equal(cc72.Version, (await document.FindingAsync<Control>(database, c => c.Ref == "CC7.2")).Version);
    }

    [DataFact]
    public async Task Bulk_confirm_with_an_unknown_id_or_a_bad_confidence_confirms_nothing()
    {
        var document = await kit.SeedDocumentAsync();
        var cc61 = await document.FindingAsync<Control>(database, c => c.Ref == "CC6.1");

        var unknown = (await kit.Reviewer.DataAsync(ConfirmFindings, new { input = new { ids = new[] { cc61.Id, GlobalId.Encode("Cuec", 987_654_321) }, minConfidence = 0 } }))["confirmFindings"]!;
        var vendorId = (await kit.Reviewer.DataAsync(ConfirmFindings, new { input = new { ids = new[] { document.VendorGlobalId }, minConfidence = 0 } }))["confirmFindings"]!;
        var badConfidence = (await kit.Reviewer.DataAsync(ConfirmFindings, new { input = new { ids = new[] { cc61.Id }, minConfidence = 1.5 } }))["confirmFindings"]!;

        Assert.Equal(["NOT_FOUND"], unknown.Codes());
        Assert.Equal(["NOT_FOUND"], vendorId.Codes());
        Assert.Equal(["VALIDATION"], badConfidence.Codes());
        Assert.Equal(["EXTRACTED"], (await document.EventsAsync(database)).Select(e => e.Action));
    }

    [DataFact]
    public async Task Approval_is_refused_while_low_confidence_findings_are_pending_unless_overridden_with_a_comment()
    {
        var document = await kit.SeedDocumentAsync();
        var version = await DocumentVersionAsync(document);

        var refused = (await kit.Reviewer.DataAsync(Approve, new { input = new { id = document.Id, version } }))["approveEvidence"]!;
        var overrideWithoutComment = (await kit.Reviewer.DataAsync(Approve, new { input = new { id = document.Id, version, @override = true } }))["approveEvidence"]!;
        var approved = (await kit.Reviewer.DataAsync(Approve, new { input = new { id = document.Id, version, @override = true, comment = "CC7.2 checked on paper." } }))["approveEvidence"]!;

        Assert.Equal(("PENDING_LOW_CONFIDENCE:override", 1), (refused.ErrorsText(), refused.Int("pendingLowConfidence")));
        Assert.Null(refused["document"]);
        Assert.Equal("VALIDATION:comment", overrideWithoutComment.ErrorsText());
        Assert.Empty(approved.Codes());
        Assert.Equal(("APPROVED", version + 1), (approved["document"].Str("reviewStatus"), approved["document"].Int("version")));
        var approval = Assert.Single(await document.EventsAsync(database), e => e.Action == "APPROVED");
        Assert.Equal("CC7.2 checked on paper.", approval.Comment);
        Assert.Contains("\"override\":true", approval.After);
    }

    [DataFact]
    public async Task Approval_needs_no_override_once_the_low_confidence_findings_are_reviewed_and_a_stale_version_is_a_CONFLICT()
    {
        var document = await kit.SeedDocumentAsync();
        var version = await DocumentVersionAsync(document);
        var cc72 = await document.FindingAsync<Control>(database, c => c.Ref == "CC7.2");
        await kit.Reviewer.DataAsync(ReviewControl, new { input = new { cc72.Id, cc72.Version, decision = "CONFIRM" } });

        var approved = (await kit.Reviewer.DataAsync(Approve, new { input = new { id = document.Id, version } }))["approveEvidence"]!;
        var stale = (await kit.Reviewer.DataAsync(Reject, new { input = new { id = document.Id, version, comment = "Wrong vendor." } }))["rejectEvidence"]!;

        Assert.Equal((0, "APPROVED"), (approved["errors"]!.AsArray().Count, approved["document"].Str("reviewStatus")));
        Assert.Equal(["CONFLICT"], stale.Codes());
        Assert.Equal("APPROVED", stale["document"].Str("reviewStatus"));
        Assert.DoesNotContain(await document.EventsAsync(database), e => e.EntityType == nameof(EvidenceDocument) && e.Action == "REJECTED");
    }

    [DataFact]
    public async Task Rejecting_evidence_needs_a_comment_and_is_audited_with_it()
    {
        var document = await kit.SeedDocumentAsync();
        var version = await DocumentVersionAsync(document);

        var blank = (await kit.Reviewer.DataAsync(Reject, new { input = new { id = document.Id, version, comment = " " } }))["rejectEvidence"]!;
        var rejected = (await kit.Reviewer.DataAsync(Reject, new { input = new { id = document.Id, version, comment = "Covers another service." } }))["rejectEvidence"]!;

        Assert.Equal(["VALIDATION"], blank.Codes());
        Assert.Equal("REJECTED", rejected["document"].Str("reviewStatus"));
        var rejection = Assert.Single(await document.EventsAsync(database), e => e.Action == "REJECTED");
        Assert.Equal((nameof(EvidenceDocument), "Covers another service."), (rejection.EntityType, rejection.Comment));
    }

    private async Task<int> DocumentVersionAsync(SeededDocument document)
    {
        await using var db = database.CreateContext(TestTenant.Of(document.OrganizationId));
        return await db.EvidenceDocuments.Where(d => d.Id == document.DocumentId).Select(d => d.Version).SingleAsync();
    }
}

public sealed class SqliteBulkConfirmAndApprovalTests(SqliteTestDatabase database) : BulkConfirmAndApprovalTests<SqliteTestDatabase>(database);

public sealed class PostgresBulkConfirmAndApprovalTests(PostgresTestDatabase database) : BulkConfirmAndApprovalTests<PostgresTestDatabase>(database);
