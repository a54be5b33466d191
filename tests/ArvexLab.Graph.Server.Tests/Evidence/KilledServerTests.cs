using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>
/// The real server as an OS process, killed (whole process tree, no shutdown) while the extraction tool runs on a real
/// bridge letter, then started again on the same database and data folder: the new process sees that the job's owner
/// (a process of this host) is gone and takes the job over at once, long before the dead node's lease would expire,
/// and the document ends with one set of findings. The tool is the real
/// arvex-extract behind a test gate (a file the test creates after the kill), so the kill lands mid-extraction every
/// time without depending on how fast the machine is.
/// </summary>
public abstract class KilledServerTests(TestDatabase database)
{
    private const string DemoPartner = "demo-partner";
    private readonly string demoPassword = "Killed-" + Guid.NewGuid().ToString("N")[..12] + "Aa7";

    [DataFact]
    public async Task A_server_killed_mid_extraction_completes_the_job_after_a_restart_within_its_lease_with_one_set_of_findings()
    {
        // An organization of its own keeps the demo data seeder away; the demo partner and its tenant are still created.
        await GraphApp.CreateOrganizationAsync(database, "Killed server");
        using var tool = GatedTool.Create();
        var blobs = Directory.CreateTempSubdirectory("arvex-killed-blobs-");
        try
        {
            var settings = Settings(tool, blobs.FullName);
            string id;
            await using (var first = await ServerProcess.StartAsync(settings))
            {
                var client = await first.CreateGraphClientAsync(DemoPartner, demoPassword);
                var vendorId = await EvidenceGraph.CreateVendorAsync(client, "Killed Co");
                id = EvidenceGraph.Payload(await EvidenceGraph.UploadFileAsync(client, vendorId,
                    Path.Combine(RepositoryRoot.RealCorpus, "rapidreconciler_soc2_bridge_letter.pdf")))["document"]!["id"]!.GetValue<string>();

                await WaitForAsync(() => StatusAsync(client, id), "EXTRACTING", first);
                await WaitForAsync(() => Task.FromResult(tool.Runs > 0 ? "RUNNING" : "WAITING"), "RUNNING", first);
                await first.KillAsync();
            }

            var documentId = GlobalId.Decode(id, "EvidenceDocument");
            DateTimeOffset deadLeaseEnd;
            await using (var db = database.CreateSystemContext())
            {
                var orphan = await db.ExtractionJobs.AsNoTracking().SingleAsync(j => j.DocumentId == documentId);
                Assert.Equal((ExtractionJobStatus.Running, 1), (orphan.Status, orphan.Attempts));
                deadLeaseEnd = orphan.LeaseExpiresAt!.Value;
            }

            tool.Open();
            await using var second = await ServerProcess.StartAsync(settings);
            var restarted = await second.CreateGraphClientAsync(DemoPartner, demoPassword);
            // Well within the dead node's ten-minute lease: only the recovery of dead local workers can make it.
            var document = await EvidenceGraph.WaitForExtractionAsync(restarted, id, TimeSpan.FromMinutes(4), "status kind failure { code message }");

            Assert.True(document["status"]!.GetValue<string>() == "EXTRACTED", $"{document.ToJsonString()}\n{second.OutputTail}");
            Assert.Equal("BRIDGE_LETTER", document["kind"]!.GetValue<string>());
            Assert.Equal(2, tool.Runs);
            await AssertOneSetOfFindingsAsync(documentId, deadLeaseEnd);
        }
        finally
        {
            blobs.Delete(recursive: true);
        }
    }

    private async Task AssertOneSetOfFindingsAsync(long documentId, DateTimeOffset deadLeaseEnd)
    {
        await using var db = database.CreateSystemContext();
        var job = await db.ExtractionJobs.AsNoTracking().SingleAsync(j => j.DocumentId == documentId);
        Assert.Equal((ExtractionJobStatus.Succeeded, 2), (job.Status, job.Attempts));
        Assert.True(job.CompletedAt < deadLeaseEnd, $"Completed {job.CompletedAt:O}, the dead node's lease ran to {deadLeaseEnd:O}");
        Assert.Equal(1, await db.ReviewEvents.CountAsync(e => e.DocumentId == documentId && e.Action == "EXTRACTED"));

        // Each extracted field exactly once: a second import on top of the first would repeat them.
        var fields = await db.ExtractedFields.Where(f => f.DocumentId == documentId).Select(f => f.Name).ToListAsync();
        Assert.Contains("bridgeThroughDate", fields);
        Assert.Equal(fields.Distinct().Count(), fields.Count);
        var controls = await db.Controls.Where(c => c.DocumentId == documentId).Select(c => c.Ref).ToListAsync();
        Assert.Equal(controls.Distinct().Count(), controls.Count);
    }

    private Dictionary<string, string?> Settings(GatedTool tool, string blobFolder)
    {
        var settings = new Dictionary<string, string?>(database.Configuration)
        {
            ["Demo:Enabled"] = "true",
            ["Demo:Password"] = demoPassword,
            ["Identity:EphemeralKeys"] = "true",
            ["Extraction:Workers"] = "1",
            ["Extraction:ToolPath"] = tool.Path,
            ["Extraction:PollIntervalSeconds"] = "0.5",
            ["Extraction:RetryBackoffSeconds"] = "1",
            // The timeout is ten times what the 1-page letter takes on a loaded machine (a TIMEOUT would end the job
            // FAILED). The lease is long on purpose: the restarted node must not wait for it (RecoverDeadLocalWorkers,
            // on by default), and a test finishing before it proves that.
            ["Extraction:TimeoutSeconds"] = "60",
            ["Extraction:LeaseSeconds"] = "600",
        };
        if (database is not SqliteTestDatabase)
        {
            // On SQLite the data folder is the database's; on PostgreSQL blobs need one of their own.
            settings["Data:Directory"] = blobFolder;
        }

        return settings;
    }

    private static async Task<string> StatusAsync(GraphClient client, string id) =>
        (await client.DataAsync("query($id: ID!) { evidenceDocument(id: $id) { status } }", new { id }))["evidenceDocument"]!["status"]!.GetValue<string>();

    private static async Task WaitForAsync(Func<Task<string>> read, string wanted, ServerProcess server)
    {
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(5);
        var last = await read();
        while (last != wanted && DateTime.UtcNow < until)
        {
            await Task.Delay(250);
            last = await read();
        }

        Assert.True(last == wanted, $"Expected {wanted}, still {last}:\n{server.OutputTail}");
    }

    /// <summary>
    /// The real arvex-extract behind a gate: each run is logged, then waits until the gate file exists before it
    /// starts the tool. Given to the server through the documented <c>Extraction:ToolPath</c> setting.
    /// </summary>
    private sealed class GatedTool : IDisposable
    {
        private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("arvex-gated-tool-");

        public string Path => System.IO.Path.Combine(folder.FullName, "gated-extract.sh");

        public int Runs => File.Exists(Log) ? File.ReadAllLines(Log).Length : 0;

        private string Log => System.IO.Path.Combine(folder.FullName, "runs.log");

        private string Gate => System.IO.Path.Combine(folder.FullName, "gate");

        public static GatedTool Create()
        {
            var tool = new GatedTool();
            var real = ExtractionToolCommand.Resolve(ExtractionToolFactAttribute.ToolPath);
            var command = string.Join(' ', real.Arguments.Prepend(real.FileName).Select(a => $"'{a}'"));
            File.WriteAllText(tool.Path, $"""
                #!/bin/sh
                echo "$$" >> '{tool.Log}'
                while [ ! -e '{tool.Gate}' ]; do sleep 0.2; done
                exec {command} "$1"
                """);
            return tool;
        }

        public void Open() => File.WriteAllText(Gate, "open");

        public void Dispose() => folder.Delete(recursive: true);
    }
}

public sealed class SqliteKilledServerTests(SqliteTestDatabase database) : KilledServerTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresKilledServerTests(PostgresTestDatabase database) : KilledServerTests(database), IClassFixture<PostgresTestDatabase>;
