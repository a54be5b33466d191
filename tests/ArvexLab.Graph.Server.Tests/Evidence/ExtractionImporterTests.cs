using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence.Import;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Evidence;

public abstract class ExtractionImporterTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static ExtractionOutput Sample() =>
        ExtractionOutput.Parse(File.ReadAllText(PipelineTestKit.ToolPath("sample-output.json")));

    [DataFact]
    public async Task Import_creates_every_finding_with_its_citation_and_fills_the_documents_key_columns()
    {
        using var kit = new PipelineTestKit(database);
        var (organization, documents) = await kit.SeedQueuedDocumentsAsync(1);
        var id = documents[0];

        await using (var db = Context(organization))
        {
            var summary = await ExtractionImporter.ImportAsync(db, id, Sample());
            Assert.False(summary.Reextraction);
            Assert.Equal(new MergeCounts(3, 0, 0, 0), summary.Controls);
        }

        await using var read = Context(organization);
        var document = await Load(read, id);
        Assert.Equal((EvidenceKind.Soc2TypeII, 42, "Smith & Partners LLP", Opinion.Qualified), (document.Kind, document.PageCount, document.Auditor, document.Opinion));
        Assert.Equal((new DateOnly(2024, 10, 1), new DateOnly(2025, 9, 30), new DateOnly(2025, 11, 14)), (document.PeriodStart, document.PeriodEnd, document.ReportDate));
        Assert.Equal(7, document.Fields.Count);
        var cc61 = document.Controls.Single(c => c.Ref == "CC6.1");
        Assert.Equal((ControlResult.Exception, 0.92, 30, 50.0, 160.0), (cc61.Result, cc61.Confidence, cc61.Page, cc61.BoxX0, cc61.BoxY1));
        Assert.Contains("\"ref\":\"CC6.1\"", cc61.ExtractedSnapshot);
        Assert.Equal(cc61.Id, Assert.Single(document.Exceptions).ControlId);
        Assert.Equal(2, document.Cuecs.Count);
        Assert.Equal(SubserviceMethod.CarveOut, Assert.Single(document.SubserviceOrganizations).Method);
        Assert.Equal("EXTRACTED", await read.ReviewEvents.Where(e => e.DocumentId == id).Select(e => e.Action).SingleAsync());
    }

    [DataFact]
    public async Task Re_extraction_keeps_every_human_decision_and_replaces_only_pending_items()
    {
        using var kit = new PipelineTestKit(database);
        var (organization, documents) = await kit.SeedQueuedDocumentsAsync(1);
        var id = documents[0];
        await using (var db = Context(organization))
        {
            await ExtractionImporter.ImportAsync(db, id, Sample());
        }

        // A reviewer confirms a control, corrects a CUEC and a field, rejects the subservice org and adds a missed exception.
        long confirmedId, correctedCuecId, rejectedId, manualId, pendingControlId;
        await using (var db = Context(organization))
        {
            var document = await Load(db, id);
            var confirmed = document.Controls.Single(c => c.Ref == "CC6.2");
            confirmed.ReviewState = ReviewState.Confirmed;
            var cuec = document.Cuecs.Single(c => c.Description.Contains("reviewing"));
            cuec.ReviewState = ReviewState.Corrected;
            cuec.Description = "Customers review user access quarterly.";
            var auditor = document.Fields.Single(f => f.Name == "auditor");
            auditor.ReviewState = ReviewState.Corrected;
            auditor.ReviewedValue = "Smith and Partners LLP";
            var subservice = document.SubserviceOrganizations.Single();
            subservice.ReviewState = ReviewState.Rejected;
            var manual = new ControlException { DocumentId = id, ControlId = confirmed.Id, ControlRef = "CC6.2", Description = "One leaver kept access for 5 days.", AddedManually = true, ReviewState = ReviewState.Confirmed };
            db.ControlExceptions.Add(manual);
            await db.SaveChangesAsync();
            (confirmedId, correctedCuecId, rejectedId, manualId) = (confirmed.Id, cuec.Id, subservice.Id, manual.Id);
            pendingControlId = document.Controls.Single(c => c.Ref == "CC6.1").Id;
        }

        // The new extraction finds the same items (reformatted), changes a pending control, drops one and finds the manual exception too.
        var sample = Sample();
        var next = sample with
        {
            Controls =
            [
                sample.Controls[0] with { Description = "Logical access requires MFA for all users.", Confidence = 0.95 },
                sample.Controls[1] with { Ref = "cc6.2", Description = "Changed by the extractor." },
            ],
            Exceptions = [.. sample.Exceptions, new ExceptionOutput("CC6.2", [], "One leaver kept access for 5 days", null, 0.8, 31, null)],
            SubserviceOrganizations = [sample.SubserviceOrganizations[0] with { Name = "AMAZON WEB SERVICES" }],
            Cuecs = [.. sample.Cuecs, new CuecOutput("User entities are responsible for reporting incidents.", [], 0.9, 13, null)],
        };
        await using (var db = Context(organization))
        {
            var summary = await ExtractionImporter.ImportAsync(db, id, next);
            Assert.True(summary.Reextraction);
            Assert.Equal(new MergeCounts(0, 1, 1, 1), summary.Controls);
            Assert.Equal(new MergeCounts(1, 1, 0, 1), summary.Cuecs);
        }

        await using var read = Context(organization);
        var after = await Load(read, id);
        var kept = after.Controls.Single(c => c.Id == confirmedId);
        Assert.Equal((ReviewState.Confirmed, "Access is removed within one business day of termination."), (kept.ReviewState, kept.Description));
        Assert.Equal("Logical access requires MFA for all users.", after.Controls.Single(c => c.Id == pendingControlId).Description);
        Assert.Equal(2, after.Controls.Count);
        Assert.Equal("Customers review user access quarterly.", after.Cuecs.Single(c => c.Id == correctedCuecId).Description);
        Assert.Equal(3, after.Cuecs.Count);
        Assert.Equal(ReviewState.Rejected, Assert.Single(after.SubserviceOrganizations).ReviewState);
        Assert.Equal(rejectedId, after.SubserviceOrganizations[0].Id);
        Assert.Equal(2, after.Exceptions.Count);
        Assert.Contains(after.Exceptions, e => e.Id == manualId && e.AddedManually);
        Assert.Equal("Smith and Partners LLP", after.Auditor);
        var audit = await read.ReviewEvents.Where(e => e.DocumentId == id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal(["EXTRACTED", "REEXTRACTED"], audit);
    }

    private GraphDbContext Context(long organization) => database.CreateContext(TestTenant.Of(organization));

    private static Task<EvidenceDocument> Load(GraphDbContext db, long id) => db.EvidenceDocuments
        .Include(d => d.Fields).Include(d => d.Controls).Include(d => d.Exceptions).Include(d => d.Cuecs).Include(d => d.SubserviceOrganizations)
        .AsSplitQuery().SingleAsync(d => d.Id == id);
}

public sealed class SqliteExtractionImporterTests(SqliteTestDatabase database) : ExtractionImporterTests<SqliteTestDatabase>(database);

public sealed class PostgresExtractionImporterTests(PostgresTestDatabase database) : ExtractionImporterTests<PostgresTestDatabase>(database);
