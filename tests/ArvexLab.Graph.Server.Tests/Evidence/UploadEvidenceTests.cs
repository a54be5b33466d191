using System.Security.Cryptography;
using System.Text;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>uploadEvidence and reextractEvidence over /graphql (multipart, real token), without extraction workers.</summary>
public sealed class UploadEvidenceTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>, IAsyncLifetime
{
    private static readonly string RealPdf = Path.Combine(RepositoryRoot.RealCorpus, "rapidreconciler_soc2_bridge_letter.pdf");
    private EvidenceHost host = null!;
    private GraphClient Client => host.Client;

    public async Task InitializeAsync() => host = await EvidenceHost.StartAsync(database);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Upload_of_a_pdf_stores_it_content_addressed_queues_extraction_and_audits_it()
    {
        var vendorId = await EvidenceGraph.CreateVendorAsync(Client, "Upload Co");
        var payload = EvidenceGraph.Payload(await EvidenceGraph.UploadFileAsync(Client, vendorId, RealPdf, "BRIDGE_LETTER", ["Payroll", " payroll ", "Hosting"]));

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Empty(payload["warnings"]!.AsArray());
        var document = payload["document"]!;
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(RealPdf)));
        Assert.Equal(("QUEUED", "BRIDGE_LETTER", sha256, new FileInfo(RealPdf).Length),
            (document["status"]!.GetValue<string>(), document["kind"]!.GetValue<string>(), document["sha256"]!.GetValue<string>(), document["sizeBytes"]!.GetValue<long>()));
        Assert.Equal(["Payroll", "Hosting"], document["coversServices"]!.AsArray().Select(s => s!.GetValue<string>()));

        var stored = Path.Combine(host.DataDirectory, "blobs", sha256[..2], sha256[2..4], sha256);
        Assert.Equal(await File.ReadAllBytesAsync(RealPdf), await File.ReadAllBytesAsync(stored));
        await using var db = database.CreateSystemContext();
        var row = await db.EvidenceDocuments.SingleAsync(d => d.Sha256 == sha256 && d.OrganizationId == host.OrganizationId);
        Assert.Equal(ExtractionJobStatus.Queued, (await db.ExtractionJobs.SingleAsync(j => j.DocumentId == row.Id)).Status);
        var audit = await db.ReviewEvents.SingleAsync(e => e.DocumentId == row.Id);
        Assert.Equal(("UPLOADED", row.VendorId), (audit.Action, audit.VendorId));
        Assert.Contains(sha256, audit.After);
    }

    [Fact]
    public async Task Upload_of_the_same_file_twice_for_one_vendor_returns_the_existing_document_with_DUPLICATE()
    {
        var vendorId = await EvidenceGraph.CreateVendorAsync(Client, "Duplicate Co");
        var first = EvidenceGraph.Payload(await EvidenceGraph.UploadFileAsync(Client, vendorId, RealPdf));
        var second = EvidenceGraph.Payload(await EvidenceGraph.UploadFileAsync(Client, vendorId, RealPdf, fileName: "renamed copy.pdf"));

        Assert.Empty(second["errors"]!.AsArray());
        Assert.Equal("DUPLICATE", second["warnings"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(first["document"]!["id"]!.GetValue<string>(), second["document"]!["id"]!.GetValue<string>());
        Assert.Equal("rapidreconciler_soc2_bridge_letter.pdf", second["document"]!["fileName"]!.GetValue<string>());
        await using var db = database.CreateSystemContext();
        var sha256 = first["document"]!["sha256"]!.GetValue<string>();
        var documents = await db.EvidenceDocuments.Where(d => d.Sha256 == sha256 && d.OrganizationId == host.OrganizationId).Select(d => d.Id).ToListAsync();
        Assert.Single(documents);
        Assert.Equal(1, await db.ExtractionJobs.CountAsync(j => j.DocumentId == documents[0]));
        Assert.Equal(1, await db.ReviewEvents.CountAsync(e => e.DocumentId == documents[0] && e.Action == "UPLOADED"));

        // The same bytes for another vendor are that vendor's own evidence.
        var other = EvidenceGraph.Payload(await EvidenceGraph.UploadFileAsync(Client, await EvidenceGraph.CreateVendorAsync(Client, "Other Co"), RealPdf));
        Assert.Empty(other["warnings"]!.AsArray());
        Assert.NotEqual(first["document"]!["id"]!.GetValue<string>(), other["document"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Upload_of_html_named_pdf_is_rejected_with_NOT_A_PDF_and_stores_nothing()
    {
        var vendorId = await EvidenceGraph.CreateVendorAsync(Client, "Html Co");
        var html = Encoding.UTF8.GetBytes("<html><body>502 Bad Gateway</body></html>");
        var payload = EvidenceGraph.Payload(await EvidenceGraph.UploadBytesAsync(Client, vendorId, html, "report.pdf"));

        Assert.Null(payload["document"]);
        Assert.Equal(("NOT_A_PDF", "file"), (payload["errors"]![0]!["code"]!.GetValue<string>(), payload["errors"]![0]!["field"]!.GetValue<string>()));
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(html));
        Assert.False(File.Exists(Path.Combine(host.DataDirectory, "blobs", sha256[..2], sha256[2..4], sha256)));
        await using var db = database.CreateSystemContext();
        Assert.False(await db.EvidenceDocuments.AnyAsync(d => d.Sha256 == sha256));
    }

    [Fact]
    public async Task Upload_for_another_organizations_vendor_is_VENDOR_NOT_FOUND_like_a_missing_one()
    {
        var other = await EvidenceHost.StartAsync(database);
        await using var _ = other;
        var foreignVendor = await EvidenceGraph.CreateVendorAsync(other.Client, "Foreign Co");

        var foreign = EvidenceGraph.Payload(await EvidenceGraph.UploadFileAsync(Client, foreignVendor, RealPdf));
        var missing = EvidenceGraph.Payload(await EvidenceGraph.UploadFileAsync(Client, "VmVuZG9yOjk5OTk5OTk=", RealPdf));
        var garbage = EvidenceGraph.Payload(await EvidenceGraph.UploadFileAsync(Client, "not-an-id", RealPdf));

        Assert.All([foreign, missing, garbage], p => Assert.Equal("VENDOR_NOT_FOUND", p["errors"]![0]!["code"]!.GetValue<string>()));
        Assert.Equal(foreign["errors"]!.ToJsonString(), missing["errors"]!.ToJsonString());
        await using var db = database.CreateSystemContext();
        Assert.False(await db.EvidenceDocuments.AnyAsync(d => d.OrganizationId == host.OrganizationId && d.Vendor!.Name == "Foreign Co"));
    }

    [Fact]
    public async Task Upload_over_the_evidence_size_limit_is_rejected_with_FILE_TOO_LARGE()
    {
        var small = await EvidenceHost.StartAsync(database, new Dictionary<string, string?> { ["Evidence:MaxFileBytes"] = "100000" });
        await using var _ = small;
        var vendorId = await EvidenceGraph.CreateVendorAsync(small.Client, "Big Co");

        var payload = EvidenceGraph.Payload(await EvidenceGraph.UploadFileAsync(small.Client, vendorId, RealPdf));

        Assert.Null(payload["document"]);
        Assert.Equal("FILE_TOO_LARGE", payload["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_read_only_client_cannot_upload()
    {
        var vendorId = await EvidenceGraph.CreateVendorAsync(Client, "Read Only Co");
        var reader = await host.App.CreateGraphClientAsync(host.OrganizationId, "graph:read");

        var response = await EvidenceGraph.UploadFileAsync(reader, vendorId, RealPdf);

        Assert.NotNull(response.Errors);
        Assert.True(response.Data?["uploadEvidence"] is null, response.ToString());
        await using var db = database.CreateSystemContext();
        Assert.False(await db.EvidenceDocuments.AnyAsync(d => d.Vendor!.Name == "Read Only Co"));
    }

    private const string Reextract = """
        mutation($id: ID!, $v: Int!) { reextractEvidence(input: { id: $id, version: $v }) {
          document { id status version } errors { code field } warnings { code } } }
        """;

    [Fact]
    public async Task Reextraction_requeues_a_finished_document_audits_it_and_a_stale_version_is_CONFLICT()
    {
        var vendorId = await EvidenceGraph.CreateVendorAsync(Client, "Reextract Co");
        var document = EvidenceGraph.Payload(await EvidenceGraph.UploadFileAsync(Client, vendorId, RealPdf))["document"]!;
        var id = document["id"]!.GetValue<string>();
        var version = document["version"]!.GetValue<int>();

        var whileQueued = (await Client.DataAsync(Reextract, new { id, v = version }))["reextractEvidence"]!;
        Assert.Equal("ALREADY_QUEUED", whileQueued["warnings"]![0]!["code"]!.GetValue<string>());

        await using (var db = database.CreateSystemContext())
        {
            // As a worker would leave it: the job done, the document FAILED.
            var row = await db.EvidenceDocuments.SingleAsync(d => d.Sha256 == document["sha256"]!.GetValue<string>() && d.OrganizationId == host.OrganizationId);
            await db.ExtractionJobs.Where(j => j.DocumentId == row.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ExtractionJobStatus.Failed));
            await db.EvidenceDocuments.Where(d => d.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, EvidenceStatus.Failed).SetProperty(d => d.FailureCode, "TIMEOUT"));
        }

        var stale = (await Client.DataAsync(Reextract, new { id, v = version - 1 }))["reextractEvidence"]!;
        var requeued = (await Client.DataAsync(Reextract, new { id, v = version }))["reextractEvidence"]!;
        var again = (await Client.DataAsync(Reextract, new { id, v = version }))["reextractEvidence"]!;

        Assert.Equal(("CONFLICT", "FAILED"), (stale["errors"]![0]!["code"]!.GetValue<string>(), stale["document"]!["status"]!.GetValue<string>()));
        Assert.Empty(requeued["errors"]!.AsArray());
        Assert.Equal(("QUEUED", version + 1), (requeued["document"]!["status"]!.GetValue<string>(), requeued["document"]!["version"]!.GetValue<int>()));
        Assert.Equal("CONFLICT", again["errors"]![0]!["code"]!.GetValue<string>());
        await using var check = database.CreateSystemContext();
        var documentId = await check.EvidenceDocuments.Where(d => d.Sha256 == document["sha256"]!.GetValue<string>() && d.OrganizationId == host.OrganizationId).Select(d => d.Id).SingleAsync();
        Assert.Equal(1, await check.ExtractionJobs.CountAsync(j => j.DocumentId == documentId && j.Status == ExtractionJobStatus.Queued));
        Assert.Equal(1, await check.ReviewEvents.CountAsync(e => e.DocumentId == documentId && e.Action == "REEXTRACTION_REQUESTED"));
    }
}
