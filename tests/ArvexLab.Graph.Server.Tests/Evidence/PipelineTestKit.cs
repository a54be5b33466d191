using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Features.Evidence.Storage;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>A clock the test moves by hand, so backoff and lease expiry are checked without waiting.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>
/// The pipeline's real parts on a test database: a file-system blob store in a temp folder, the queue, the process
/// runner with one of the test tools under Evidence/Tools, the processor and a worker.
/// </summary>
public sealed class PipelineTestKit : IDisposable
{
    public PipelineTestKit(TestDatabase database, string tool = "fake-extract.sh", ExtractionSettings? settings = null)
    {
        Database = database;
        Settings = (settings ?? new ExtractionSettings { LeaseDuration = TimeSpan.FromMinutes(2), Timeout = TimeSpan.FromSeconds(20) }) with { ToolPath = ToolPath(tool) };
        // Ahead of the wall clock, so jobs queued with the real time during the test are already due.
        Clock = new ManualClock(DateTimeOffset.UtcNow.AddMinutes(1));
        Blobs = new FileSystemBlobStore(Path.Combine(Path.GetTempPath(), "arvex-blobs-" + Guid.NewGuid().ToString("N")));
        Queue = new ExtractionJobQueue(database.Activator, Settings, Clock);
        Runner = new ExtractionProcessRunner(Settings, NullLogger<ExtractionProcessRunner>.Instance);
        Processor = new ExtractionJobProcessor(database.Activator, Queue, Blobs, Runner, Settings, Clock, NullLogger<ExtractionJobProcessor>.Instance);
        Worker = new ExtractionWorker(Queue, Processor, Settings, NullLogger<ExtractionWorker>.Instance);
    }

    public TestDatabase Database { get; }
    public ExtractionSettings Settings { get; }
    public ManualClock Clock { get; }
    public FileSystemBlobStore Blobs { get; }
    public ExtractionJobQueue Queue { get; }
    public ExtractionProcessRunner Runner { get; }
    public ExtractionJobProcessor Processor { get; }
    public ExtractionWorker Worker { get; }

    public static string ToolPath(string name) =>
        Path.Combine(RepositoryRoot.Path, "tests", "ArvexLab.Graph.Server.Tests", "Evidence", "Tools", name);

    /// <summary>Jobs left by earlier tests on the shared class database would be claimed first: close them.</summary>
    public async Task CloseOtherJobsAsync()
    {
        await using var db = Database.CreateSystemContext();
        await db.ExtractionJobs.Where(j => j.Status == ExtractionJobStatus.Queued || j.Status == ExtractionJobStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ExtractionJobStatus.Succeeded));
    }

    /// <summary>An organization, a vendor and <paramref name="count"/> queued documents whose PDFs are in the blob store.</summary>
    public async Task<(long OrganizationId, List<long> DocumentIds)> SeedQueuedDocumentsAsync(int count, string content = "%PDF-1.7 test document")
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var system = Database.CreateSystemContext();
        var organization = new Organization { Name = "Pipeline " + suffix, Slug = "pipeline-" + suffix };
        system.Organizations.Add(organization);
        await system.SaveChangesAsync();

        await using var db = Database.CreateContext(TestTenant.Of(organization.Id));
        var vendor = new Vendor { Name = "Vendor " + suffix };
        db.Vendors.Add(vendor);
        var documents = new List<EvidenceDocument>();
        for (var i = 0; i < count; i++)
        {
            using var pdf = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"{content} {suffix} {i}"));
            var blob = await Blobs.PutAsync(pdf);
            var document = new EvidenceDocument
            {
                Vendor = vendor,
                Kind = EvidenceKind.Other,
                Title = $"Report {i}",
                FileName = $"report-{i}.pdf",
                Sha256 = blob.Sha256,
                SizeBytes = blob.SizeBytes,
            };
            db.EvidenceDocuments.Add(document);
            await ExtractionJobQueue.EnqueueAsync(db, document);
            documents.Add(document);
        }

        await db.SaveChangesAsync();
        return (organization.Id, documents.Select(d => d.Id).ToList());
    }

    public void Dispose()
    {
        if (Directory.Exists(Blobs.Root))
        {
            Directory.Delete(Blobs.Root, recursive: true);
        }
    }
}
