using System.Security.Cryptography;
using ArvexLab.Graph.Server.Data;

namespace ArvexLab.Graph.Server.Features.Evidence.Storage;

/// <summary>
/// Blobs as files under <c>{Data:Directory}/blobs/ab/cd/abcd…</c> (two levels of hash-prefix shards keep folders
/// small). Writes go to a temp file in the same folder tree and are moved into place atomically, so a reader
/// never sees a half-written blob and a crash mid-upload leaves only a temp file behind.
/// </summary>
public sealed class FileSystemBlobStore : IBlobStore
{
    private const string TempFolder = ".incoming";

    public FileSystemBlobStore(GraphDataSettings settings)
        : this(Path.Combine(settings.DataDirectory, "blobs"))
    {
    }

    public FileSystemBlobStore(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public async Task<BlobInfo> PutAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var incoming = Path.Combine(Root, TempFolder);
        Directory.CreateDirectory(incoming);
        var temp = Path.Combine(incoming, Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            string sha256;
            long size;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                size = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }

                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var target = PathOf(sha256);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target))
            {
                // Same content under the same name: if another upload won the race, either copy is the right one.
                File.Move(temp, target, overwrite: true);
            }

            return new BlobInfo(sha256, size);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public Task<Stream> OpenReadAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var path = PathOf(BlobKey.Require(sha256));
        if (!File.Exists(path))
        {
            throw new BlobIntegrityException($"Blob {sha256} is missing from the store.");
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return Task.FromResult<Stream>(new HashVerifyingStream(file, sha256));
    }

    public Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(PathOf(BlobKey.Require(sha256))));

    /// <summary>Where a blob lives; exposed for operations tooling and tests (e.g. tamper detection).</summary>
    public string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256[2..4], sha256);
}
