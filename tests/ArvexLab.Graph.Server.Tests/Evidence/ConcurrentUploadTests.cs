using System.Text;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>
/// Many uploads at once through /graphql: every one answered 200 without errors, stored, queued and extracted exactly
/// once, with no job retried (a "database is locked" or any other failure would show as a retry or an error). The
/// stand-in tool records each run, so double processing across servers would be counted.
/// </summary>
public abstract class ConcurrentUploadTests(TestDatabase database)
{
    [DataFact]
    public async Task Twenty_concurrent_uploads_are_all_stored_and_extracted_once()
    {
        var tool = CountingTool.Create();
        await using var host = await EvidenceHost.StartAsync(database, EvidenceHost.Workers(2, tool.Path));
        var vendorId = await EvidenceGraph.CreateVendorAsync(host.Client, "Concurrent Co");

        var ids = await UploadAsync(Enumerable.Repeat(host, 20).ToList(), vendorId);
        await AssertAllExtractedOnceAsync(host, ids);
        Assert.Equal(20, tool.Runs);
    }

    [DataFact]
    public async Task Two_servers_on_one_database_share_thirty_uploads_and_run_each_job_once()
    {
        // PostgreSQL is the database for several nodes (FOR UPDATE SKIP LOCKED); SQLite shares a file on one machine.
        var (toolA, toolB) = (CountingTool.Create(), CountingTool.Create());
        await using var a = await EvidenceHost.StartAsync(database, EvidenceHost.Workers(2, toolA.Path));
        await using var b = await EvidenceHost.StartAsync(database, EvidenceHost.Workers(2, toolB.Path), a.OrganizationId, a.DataDirectory);
        var vendorId = await EvidenceGraph.CreateVendorAsync(a.Client, "Shared Co");

        var ids = await UploadAsync([.. Enumerable.Range(0, 30).Select(i => i % 2 == 0 ? a : b)], vendorId);
        await AssertAllExtractedOnceAsync(a, ids);
        Assert.Equal(30, toolA.Runs + toolB.Runs);
        Assert.True(toolA.Runs > 0 && toolB.Runs > 0, $"one server did all the work: {toolA.Runs} / {toolB.Runs}");
    }

    private static async Task<List<string>> UploadAsync(List<EvidenceHost> via, string vendorId)
    {
        var batch = Guid.NewGuid().ToString("N");
        var responses = await Task.WhenAll(via.Select((host, i) =>
            EvidenceGraph.UploadBytesAsync(host.Client, vendorId, Encoding.ASCII.GetBytes($"%PDF-1.7\n% {batch} {i}\n%%EOF\n"), $"report-{i}.pdf")));
        foreach (var response in responses)
        {
            Assert.True(response.StatusCode == 200 && response.Errors is null, response.ToString());
            Assert.Empty(response.Data!["uploadEvidence"]!["errors"]!.AsArray());
        }

        return [.. responses.Select(r => r.Data!["uploadEvidence"]!["document"]!["id"]!.GetValue<string>()).Distinct()];
    }

    private async Task AssertAllExtractedOnceAsync(EvidenceHost host, List<string> ids)
    {
        var documents = await Task.WhenAll(ids.Select(id => EvidenceGraph.WaitForExtractionAsync(host.Client, id, TimeSpan.FromMinutes(2))));
        Assert.All(documents, d => Assert.Equal("EXTRACTED", d["status"]!.GetValue<string>()));

        await using var db = database.CreateSystemContext();
        var jobs = await db.ExtractionJobs.Where(j => j.OrganizationId == host.OrganizationId).ToListAsync();
        Assert.Equal(ids.Count, jobs.Count);
        Assert.All(jobs, j => Assert.Equal((ExtractionJobStatus.Succeeded, 1, null), (j.Status, j.Attempts, j.LastErrorCode)));
        var documentIds = jobs.Select(j => j.DocumentId).ToList();
        Assert.Equal(ids.Count, await db.ReviewEvents.CountAsync(e => documentIds.Contains(e.DocumentId!.Value) && e.Action == "EXTRACTED"));
    }

    /// <summary>A copy of the stand-in tool that appends a line to its own log per run (one per server, so runs are attributed).</summary>
    private sealed record CountingTool(string Path)
    {
        public int Runs => File.Exists(Log) ? File.ReadAllLines(Log).Length : 0;

        private string Log => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, "runs.log");

        public static CountingTool Create()
        {
            var folder = Directory.CreateTempSubdirectory("arvex-counting-tool-").FullName;
            var path = System.IO.Path.Combine(folder, "counting-extract.sh");
            File.WriteAllText(path, $"""
                #!/bin/sh
                echo "$$" >> '{folder}/runs.log'
                sleep 0.2
                exec /bin/sh '{PipelineTestKit.ToolPath("fake-extract.sh")}' "$1"
                """);
            return new CountingTool(path);
        }
    }
}

public sealed class SqliteConcurrentUploadTests(SqliteTestDatabase database) : ConcurrentUploadTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresConcurrentUploadTests(PostgresTestDatabase database) : ConcurrentUploadTests(database), IClassFixture<PostgresTestDatabase>;
