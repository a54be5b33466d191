using System.Diagnostics;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence.Import;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Features.Mapping;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace ArvexLab.Graph.Server.Tests.Mapping;

/// <summary>
/// The real 41-page SOC 2 Type II report through the real tool and the importer (which maps its controls), as the
/// extraction job does it: one transaction. Checks the change feed a partner reads and prints the mapping step's time.
/// </summary>
public abstract class RealReportMappingTests(TestDatabase database, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Report = "synadia_soc2_type2.pdf";
    private long organizationId;

    public async Task InitializeAsync() => (_, _, organizationId) = await MappingTestApp.GetAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [DataFact]
    public async Task After_extracting_a_real_report_the_change_feed_lists_exactly_the_mappings_created()
    {
        var extraction = await ExtractAsync();
        var documentId = await QueuedDocumentAsync();
        var before = await LastSequenceAsync();

        await using (var db = database.CreateContext(TestTenant.Of(organizationId)))
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await ExtractionImporter.ImportAsync(db, documentId, extraction);
            await transaction.CommitAsync();
        }

        await using var read = database.CreateContext(TestTenant.Of(organizationId));
        var mappings = await read.ControlMappings.Where(m => m.Control!.DocumentId == documentId).Select(m => new { m.Id, m.Version }).ToListAsync();
        var changes = await read.Changes.Where(c => c.Sequence > before).OrderBy(c => c.Sequence).ToListAsync();
        Assert.True(mappings.Count > 1000, $"only {mappings.Count} mappings for the real report");
        // Gap-free from the last number before the import to the counter, every row of this one transaction.
        Assert.Equal(Enumerable.Range(1, changes.Count).Select(i => before + i), changes.Select(c => c.Sequence));
        Assert.Equal(await LastSequenceAsync(), before + changes.Count);
        var mappingChanges = changes.Where(c => c.EntityType == ChangeEntityType.ControlMapping).ToList();
        Assert.All(mappingChanges, c => Assert.Equal(ChangeOperation.Created, c.Operation));
        Assert.Equal(mappings.Select(m => (m.Id, m.Version)).Order(), mappingChanges.Select(c => (c.EntityId, c.Version)).Order());
        var controls = await read.Controls.Where(c => c.DocumentId == documentId).Select(c => c.Id).ToListAsync();
        Assert.Equal(controls.Order(), changes.Where(c => c.EntityType == ChangeEntityType.Control).Select(c => c.EntityId).Order());
    }

    /// <summary>
    /// The mapper from scratch and the set-based write against the EF save it replaced store the same rows and change
    /// rows; their times are printed, not asserted (the machine is shared).
    /// </summary>
    [DataFact]
    public async Task Set_based_writes_of_the_real_reports_mappings_store_the_same_rows_and_changes_as_an_EF_save()
    {
        var extraction = await ExtractAsync();
        var documentId = await QueuedDocumentAsync();
        var import = Stopwatch.StartNew();
        await using (var db = database.CreateContext(TestTenant.Of(organizationId)))
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await ExtractionImporter.ImportAsync(db, documentId, extraction);
            await transaction.CommitAsync();
        }

        output.WriteLine($"{database.Provider}: import with mapping {import.ElapsedMilliseconds} ms, {extraction.Controls.Count} controls");
        var expected = await MappingsAsync(documentId);
        await using (var db = database.CreateContext(TestTenant.Of(organizationId)))
        {
            var proposing = Stopwatch.StartNew();
            var proposals = new MappingProposals(await CrosswalkGraph.LoadAsync(db, organizationId, CancellationToken.None));
            var controls = await db.Controls.AsNoTracking().Where(c => c.DocumentId == documentId).ToListAsync();
            var proposed = controls.Sum(c => proposals.For(c).Count);
            output.WriteLine($"{database.Provider}: loading the crosswalk and proposing {proposed} mappings: {proposing.ElapsedMilliseconds} ms");
            Assert.Equal(expected.Count, proposed);
        }

        await using (var db = database.CreateContext(TestTenant.Of(organizationId)))
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.ControlMappings.Where(m => m.Control!.DocumentId == documentId).ExecuteDeleteAsync();
            var mapping = Stopwatch.StartNew();
            Assert.Equal(new MappingCounts(expected.Count, 0, 0), await ControlMapper.MapDocumentAsync(db, documentId));
            output.WriteLine($"{database.Provider}: the mapper from scratch: {mapping.ElapsedMilliseconds} ms");
            Assert.Equal(expected, await MappingsAsync(documentId, db));
            await transaction.RollbackAsync();
        }

        // The same rows and change rows written each way, one after the other in one run (the figures are printed, not asserted).
        var ways = new (string Name, Func<GraphDbContext, List<ControlMapping>, Task> Write)[]
        {
            ("EF save (before)", async (db, rows) => { db.ControlMappings.AddRange(rows); await db.SaveChangesAsync(); }),
            ("set-based (now)", (db, rows) => ProposedMappingInsert.InsertAsync(db, organizationId, rows, CancellationToken.None)),
        };
        var times = new Dictionary<string, long>();
        foreach (var (name, write) in ways)
        {
            // As in the job: the importer's context still tracks the document's findings; rolled back afterwards.
            await using var db = database.CreateContext(TestTenant.Of(organizationId));
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.ControlMappings.Where(m => m.Control!.DocumentId == documentId).ExecuteDeleteAsync();
            await db.Controls.Where(c => c.DocumentId == documentId).LoadAsync();
            var rows = expected.Select(e => new ControlMapping
            {
                ControlId = e.Item1,
                RequirementId = e.Item2,
                Method = e.Item3,
                Confidence = e.Item4,
                Path = e.Item5,
                ReviewState = e.Item6,
            }).ToList();
            var before = await db.ChangeCounters.Where(c => c.OrganizationId == organizationId).Select(c => c.LastSequence).SingleAsync();
            var timer = Stopwatch.StartNew();
            await write(db, rows);
            times[name] = timer.ElapsedMilliseconds;
            Assert.Equal(expected, await MappingsAsync(documentId, db));
            var ids = await db.ControlMappings.Where(m => m.Control!.DocumentId == documentId).Select(m => m.Id).ToListAsync();
            Assert.Equal(ids.Order(), await db.Changes.Where(c => c.Sequence > before).Select(c => c.EntityId).OrderBy(i => i).ToListAsync());
            await transaction.RollbackAsync();
        }

        foreach (var (name, milliseconds) in times)
        {
            output.WriteLine($"{database.Provider}: {name}: {milliseconds} ms");
        }
    }

    private static async Task<ExtractionOutput> ExtractAsync()
    {
        var runner = new ExtractionProcessRunner(new ExtractionSettings { ToolPath = Evidence.ExtractionToolFactAttribute.ToolPath }, NullLogger<ExtractionProcessRunner>.Instance);
        var result = await runner.RunAsync(Path.Combine(RepositoryRoot.RealCorpus, Report), CancellationToken.None);
        return result.Output ?? throw new InvalidOperationException($"{result.Failure!.Code}: {result.Failure.Message}");
    }

    private async Task<long> QueuedDocumentAsync()
    {
        var (_, vendorId) = await MappingTestData.VendorAsync(database, organizationId, "Real");
        await using var db = database.CreateContext(TestTenant.Of(organizationId));
        var document = new EvidenceDocument
        {
            VendorId = vendorId,
            Kind = EvidenceKind.Other,
            Title = Report,
            FileName = Report,
            Sha256 = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
            Status = EvidenceStatus.Extracting,
        };
        db.EvidenceDocuments.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }

    private async Task<long> LastSequenceAsync()
    {
        await using var db = database.CreateSystemContext();
        return await db.ChangeCounters.Where(c => c.OrganizationId == organizationId).Select(c => c.LastSequence).SingleOrDefaultAsync();
    }

    private async Task<List<(long, long, ControlMappingMethod, double, string?, ReviewState, int)>> MappingsAsync(long documentId, GraphDbContext? db = null)
    {
        await using var own = db is null ? database.CreateContext(TestTenant.Of(organizationId)) : null;
        var rows = await (db ?? own!).ControlMappings.AsNoTracking().Where(m => m.Control!.DocumentId == documentId)
            .Select(m => new { m.ControlId, m.RequirementId, m.Method, m.Confidence, m.Path, m.ReviewState, m.Version, m.OrganizationId }).ToListAsync();
        Assert.All(rows, r => Assert.Equal(organizationId, r.OrganizationId));
        return rows.Select(r => (r.ControlId, r.RequirementId, r.Method, r.Confidence, r.Path, r.ReviewState, r.Version)).Order().ToList();
    }
}

public sealed class SqliteRealReportMappingTests(SqliteTestDatabase database, ITestOutputHelper output)
    : RealReportMappingTests(database, output), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresRealReportMappingTests(PostgresTestDatabase database, ITestOutputHelper output)
    : RealReportMappingTests(database, output), IClassFixture<PostgresTestDatabase>;
