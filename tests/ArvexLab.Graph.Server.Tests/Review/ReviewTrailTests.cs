using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence.Import;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ArvexLab.Graph.Server.Tests.Review.ReviewOperations;

namespace ArvexLab.Graph.Server.Tests.Review;

/// <summary>The audit trail in the graph, who may write it, and decisions that outlive re-extraction.</summary>
public abstract class ReviewTrailTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>, IAsyncLifetime
    where TDatabase : TestDatabase
{
    private ReviewTestKit kit = null!;

    public async Task InitializeAsync() => kit = await ReviewTestKit.GetAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [DataFact]
    public async Task Review_events_are_queryable_per_document_and_per_vendor_and_by_node_id()
    {
        var document = await kit.SeedDocumentAsync();
        var neighbour = await kit.SeedDocumentAsync();
        var (id, version) = await document.FindingAsync<Control>(database, c => c.Ref == "CC6.1");
        await kit.Reviewer.DataAsync(ReviewControl, new { input = new { id, version, decision = "REJECT", comment = "Duplicate row." } });

        var byDocument = (await kit.Reviewer.DataAsync(Events, new { documentId = document.Id }))["reviewEvents"]!;
        var byVendor = (await kit.Reviewer.DataAsync(Events, new { vendorId = document.VendorGlobalId }))["reviewEvents"]!;
        var fromOtherTenant = (await kit.OtherTenant.DataAsync(Events, new { documentId = document.Id }))["reviewEvents"]!;

        Assert.Equal(2, byDocument.Int("totalCount"));
        var rejection = byDocument["nodes"]!.AsArray().Single(n => n.Str("action") == "REJECTED");
        Assert.Equal((id, "Control", "Duplicate row.", document.Id, document.VendorGlobalId),
            (rejection.Str("subjectId"), rejection.Str("entityType"), rejection.Str("comment"), rejection!["document"].Str("id"), rejection["vendor"].Str("id")));
        Assert.Contains("Rejected", rejection.Str("after"));
        Assert.Equal(2, byVendor.Int("totalCount"));
        Assert.Equal(0, fromOtherTenant.Int("totalCount"));
        Assert.DoesNotContain(byVendor["nodes"]!.AsArray(), n => n!["document"].Str("id") == neighbour.Id);

        var node = (await kit.Reviewer.DataAsync("query($id: ID!) { node(id: $id) { ... on ReviewEvent { action actor } } }", new { id = rejection.Str("id") }))["node"]!;
        Assert.Equal("REJECTED", node.Str("action"));
    }

    [DataFact]
    public async Task A_read_only_partner_cannot_review_and_nothing_changes()
    {
        var document = await kit.SeedDocumentAsync();
        var (id, version) = await document.FindingAsync<Control>(database, c => c.Ref == "CC6.1");

        var response = await kit.ReadOnly.PostAsync(ReviewControl, new { input = new { id, version, decision = "CONFIRM" } });
        var approve = await kit.ReadOnly.PostAsync(Approve, new { input = new { id = document.Id, version = 0, @override = true, comment = "x" } });

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        Assert.Equal("FORBIDDEN", approve.FirstErrorCode);
        Assert.Equal(version, (await document.FindingAsync<Control>(database, c => c.Ref == "CC6.1")).Version);
        Assert.Equal(["EXTRACTED"], (await document.EventsAsync(database)).Select(e => e.Action));
    }

    [DataFact]
    public async Task Decisions_made_through_the_graph_survive_re_extraction()
    {
        var document = await kit.SeedDocumentAsync();
        var cuec = await document.FindingAsync<Cuec>(database, c => c.Description.Contains("reviewing", StringComparison.Ordinal));
        var subservice = await document.FindingAsync<SubserviceOrganization>(database, _ => true);
        var auditor = await document.FindingAsync<ExtractedField>(database, f => f.Name == "auditor");
        var cc72 = await document.FindingAsync<Control>(database, c => c.Ref == "CC7.2");
        await kit.Reviewer.DataAsync(ReviewCuec, new { input = new { cuec.Id, cuec.Version, decision = "CORRECT", values = new { description = "Customers review user access quarterly." } } });
        await kit.Reviewer.DataAsync(ReviewSubservice, new { input = new { subservice.Id, subservice.Version, decision = "REJECT" } });
        await kit.Reviewer.DataAsync(ReviewField, new { input = new { auditor.Id, auditor.Version, decision = "CORRECT", value = "Smith and Partners LLP" } });
        await kit.Reviewer.DataAsync(ReviewControl, new { input = new { cc72.Id, cc72.Version, decision = "CORRECT", values = new { description = "Alerts are triaged daily." } } });
        await kit.Reviewer.DataAsync(AddControl, new { input = new { documentId = document.Id, values = new { @ref = "CC9.9", description = "Vendor risk is reviewed yearly." } } });

        await using (var db = database.CreateContext(TestTenant.Of(document.OrganizationId)))
        {
            var summary = await ExtractionImporter.ImportAsync(db, document.DocumentId, ReviewTestKit.Sample());
            Assert.True(summary.Reextraction);
        }

        await using var read = database.CreateContext(TestTenant.Of(document.OrganizationId));
        var controls = await read.Controls.Where(c => c.DocumentId == document.DocumentId).ToListAsync();
        Assert.Equal(4, controls.Count);
        Assert.Equal((ReviewState.Corrected, "Alerts are triaged daily."), controls.Where(c => c.Ref == "CC7.2").Select(c => (c.ReviewState, c.Description)).Single());
        Assert.True(controls.Single(c => c.Ref == "CC9.9").AddedManually);
        var cuecs = await read.Cuecs.Where(c => c.DocumentId == document.DocumentId).ToListAsync();
        Assert.Equal(2, cuecs.Count);
        Assert.Contains(cuecs, c => c.ReviewState == ReviewState.Corrected && c.Description == "Customers review user access quarterly.");
        Assert.Equal(ReviewState.Rejected, (await read.SubserviceOrganizations.SingleAsync(s => s.DocumentId == document.DocumentId)).ReviewState);
        Assert.Equal("Smith and Partners LLP", (await read.EvidenceDocuments.SingleAsync(d => d.Id == document.DocumentId)).Auditor);
    }
}

public sealed class SqliteReviewTrailTests(SqliteTestDatabase database) : ReviewTrailTests<SqliteTestDatabase>(database);

public sealed class PostgresReviewTrailTests(PostgresTestDatabase database) : ReviewTrailTests<PostgresTestDatabase>(database);
