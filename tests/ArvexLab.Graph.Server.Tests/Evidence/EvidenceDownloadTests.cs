using System.Net;
using System.Text;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Features.Evidence.Download;
using ArvexLab.Graph.Server.Features.Evidence.Storage;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>EvidenceDocument.download: signed, expiring, tenant-bound links that stream the hash-verified original.</summary>
public sealed class EvidenceDownloadTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>, IAsyncLifetime
{
    private EvidenceHost host = null!;

    public async Task InitializeAsync() => host = await EvidenceHost.StartAsync(database);

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<(string Id, byte[] Bytes, string Url)> UploadAsync()
    {
        var bytes = Encoding.ASCII.GetBytes($"%PDF-1.7\n% download test {Guid.NewGuid()}\n%%EOF\n");
        var vendorId = await EvidenceGraph.CreateVendorAsync(host.Client, "Download " + Guid.NewGuid().ToString("N")[..6]);
        var id = EvidenceGraph.Payload(await EvidenceGraph.UploadBytesAsync(host.Client, vendorId, bytes, "report.pdf"))["document"]!["id"]!.GetValue<string>();
        var link = (await host.Client.DataAsync("query($id: ID!) { evidenceDocument(id: $id) { download { url expiresAt } } }", new { id }))["evidenceDocument"]!["download"]!;
        Assert.True(link["expiresAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow);
        return (id, bytes, link["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_link_streams_the_original_pdf_without_the_bearer_token()
    {
        var (_, bytes, url) = await UploadAsync();
        using var anonymous = host.App.CreateClient();

        using var response = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("https://localhost/evidence/", url);
    }

    [Fact]
    public async Task A_forged_or_expired_token_or_one_for_another_document_is_403()
    {
        var (id, _, url) = await UploadAsync();
        var (otherId, _, otherUrl) = await UploadAsync();
        var links = host.App.Services.GetRequiredService<EvidenceFileLinks>();
        var documentId = GlobalId.Decode(id, "EvidenceDocument");
        var expired = links.Create(host.OrganizationId, documentId, DateTimeOffset.UtcNow.AddSeconds(-1), null).Url;
        var token = url[(url.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        var forged = url.Replace(token, token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"), StringComparison.Ordinal);
        var swapped = otherUrl.Replace(Uri.EscapeDataString(otherId), Uri.EscapeDataString(id), StringComparison.Ordinal);
        using var anonymous = host.App.CreateClient();

        foreach (var bad in new[] { expired, forged, swapped, url.Split('?')[0] })
        {
            using var response = await anonymous.GetAsync(bad);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_link_names_its_organization_so_another_tenants_document_is_404()
    {
        var (id, _, _) = await UploadAsync();
        var otherOrganization = await GraphApp.CreateOrganizationAsync(database, "Other tenant");
        var links = host.App.Services.GetRequiredService<EvidenceFileLinks>();
        var crossTenant = links.Create(otherOrganization, GlobalId.Decode(id, "EvidenceDocument"), DateTimeOffset.UtcNow.AddMinutes(1), null).Url;
        using var anonymous = host.App.CreateClient();

        using var response = await anonymous.GetAsync(crossTenant);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_tampered_blob_is_never_delivered_as_a_complete_file()
    {
        var (_, bytes, url) = await UploadAsync();
        var blobs = (FileSystemBlobStore)host.App.Services.GetRequiredService<IBlobStore>();
        var path = blobs.PathOf(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        var tampered = (byte[])bytes.Clone();
        tampered[^3] ^= 0x20;
        await File.WriteAllBytesAsync(path, tampered);
        using var anonymous = host.App.CreateClient();

        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            using var response = await anonymous.GetAsync(url);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        });
    }
}
