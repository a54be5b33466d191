using System.Security.Cryptography;
using System.Text;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Features.Evidence.Storage;

namespace ArvexLab.Graph.Server.Tests.Evidence;

public sealed class BlobStoreTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "arvex-blob-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_stored_blob_reads_back_byte_for_byte_under_its_sha256()
    {
        var store = new FileSystemBlobStore(new GraphDataSettings(DatabaseProvider.Sqlite, root, null));
        var bytes = RandomNumberGenerator.GetBytes(300_000);

        var info = await store.PutAsync(new MemoryStream(bytes));

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), info.Sha256);
        Assert.Equal(bytes.Length, info.SizeBytes);
        Assert.True(await store.ExistsAsync(info.Sha256));
        Assert.StartsWith(Path.Combine(root, "blobs", info.Sha256[..2], info.Sha256[2..4]), store.PathOf(info.Sha256));
        await using var read = await store.OpenReadAsync(info.Sha256);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task The_same_content_is_stored_once_and_no_temp_file_is_left_behind()
    {
        var store = new FileSystemBlobStore(root);
        var first = await store.PutAsync(new MemoryStream(Encoding.UTF8.GetBytes("%PDF-1.7 same")));
        var second = await store.PutAsync(new MemoryStream(Encoding.UTF8.GetBytes("%PDF-1.7 same")));

        Assert.Equal(first, second);
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories);
        Assert.Equal([store.PathOf(first.Sha256)], files);
    }

    [Fact]
    public async Task A_tampered_blob_fails_verification_when_read()
    {
        var store = new FileSystemBlobStore(root);
        var info = await store.PutAsync(new MemoryStream(Encoding.UTF8.GetBytes("%PDF-1.7 original content")));
        await File.WriteAllTextAsync(store.PathOf(info.Sha256), "%PDF-1.7 replaced content");

        await using var read = await store.OpenReadAsync(info.Sha256);
        var error = await Assert.ThrowsAsync<BlobIntegrityException>(() => read.CopyToAsync(Stream.Null));
        Assert.Contains(info.Sha256, error.Message);
    }

    [Fact]
    public async Task A_missing_blob_and_a_key_that_is_not_a_sha256_are_refused()
    {
        var store = new FileSystemBlobStore(root);
        var absent = new string('0', 64);

        Assert.False(await store.ExistsAsync(absent));
        await Assert.ThrowsAsync<BlobIntegrityException>(() => store.OpenReadAsync(absent));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync("../../etc/passwd"));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ExistsAsync(new string('A', 64)));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
