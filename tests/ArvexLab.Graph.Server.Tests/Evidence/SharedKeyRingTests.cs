using System.Net;
using System.Text;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>
/// Download links are Data Protection tokens, so with several nodes each must hold the key ring of the node that minted
/// the link. Nodes on one database share it there by default; <c>DataProtection:KeysFolder</c> shares it through a
/// folder instead. A node with another key ring refuses the link (403), as it refuses a forged one.
/// </summary>
public abstract class SharedKeyRingTests(TestDatabase database)
{
    [DataFact]
    public async Task A_link_minted_by_one_node_opens_on_another_node_of_the_database_and_not_on_a_node_with_other_keys()
    {
        await using var minting = await EvidenceHost.StartAsync(database);
        var (bytes, url) = await UploadAsync(minting);
        await using var sameDatabase = await EvidenceHost.StartAsync(database, null, minting.OrganizationId, minting.DataDirectory);
        var folder = Directory.CreateTempSubdirectory("arvex-keys-");
        try
        {
            await using var ownKeys = await EvidenceHost.StartAsync(database, KeysFolder(folder.FullName), minting.OrganizationId, minting.DataDirectory);

            Assert.Equal(bytes, await DownloadAsync(sameDatabase, url));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(ownKeys, url));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [DataFact]
    public async Task With_a_shared_keys_folder_a_link_opens_on_every_node_using_that_folder_and_not_on_the_database_ring()
    {
        var folder = Directory.CreateTempSubdirectory("arvex-keys-");
        try
        {
            await using var minting = await EvidenceHost.StartAsync(database, KeysFolder(folder.FullName));
            var (bytes, url) = await UploadAsync(minting);
            await using var sameFolder = await EvidenceHost.StartAsync(database, KeysFolder(folder.FullName), minting.OrganizationId, minting.DataDirectory);
            await using var databaseRing = await EvidenceHost.StartAsync(database, null, minting.OrganizationId, minting.DataDirectory);

            Assert.NotEmpty(folder.GetFiles("*.xml"));
            Assert.Equal(bytes, await DownloadAsync(sameFolder, url));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(databaseRing, url));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Dictionary<string, string?> KeysFolder(string path) => new() { ["DataProtection:KeysFolder"] = path };

    private static async Task<(byte[] Bytes, string Url)> UploadAsync(EvidenceHost host)
    {
        var bytes = Encoding.ASCII.GetBytes($"%PDF-1.7\n% key ring test {Guid.NewGuid()}\n%%EOF\n");
        var vendorId = await EvidenceGraph.CreateVendorAsync(host.Client, "Key ring " + Guid.NewGuid().ToString("N")[..6]);
        var id = EvidenceGraph.Payload(await EvidenceGraph.UploadBytesAsync(host.Client, vendorId, bytes, "report.pdf"))["document"]!["id"]!.GetValue<string>();
        var link = (await host.Client.DataAsync("query($id: ID!) { evidenceDocument(id: $id) { download { url } } }", new { id }))["evidenceDocument"]!["download"]!;
        var url = link["url"]!.GetValue<string>();
        // The minting node itself opens it: a refusal elsewhere is about the key ring, not the link.
        Assert.Equal(bytes, await DownloadAsync(host, url));
        return (bytes, url);
    }

    private static async Task<byte[]> DownloadAsync(EvidenceHost host, string url)
    {
        using var anonymous = host.App.CreateClient();
        using var response = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<HttpStatusCode> StatusAsync(EvidenceHost host, string url)
    {
        using var anonymous = host.App.CreateClient();
        using var response = await anonymous.GetAsync(url);
        return response.StatusCode;
    }
}

public sealed class SqliteSharedKeyRingTests(SqliteTestDatabase database) : SharedKeyRingTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresSharedKeyRingTests(PostgresTestDatabase database) : SharedKeyRingTests(database), IClassFixture<PostgresTestDatabase>;
