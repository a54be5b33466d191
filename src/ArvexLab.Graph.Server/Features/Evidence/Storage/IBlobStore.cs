namespace ArvexLab.Graph.Server.Features.Evidence.Storage;

/// <summary>A stored file: its content address (lower-case hex SHA-256) and size.</summary>
public sealed record BlobInfo(string Sha256, long SizeBytes);

/// <summary>
/// Content-addressed storage for uploaded files: a file's key is the SHA-256 of its bytes, so the same file is
/// stored once and a key can never point at different content. Client file names are never used for storage.
/// </summary>
public interface IBlobStore
{
    /// <summary>Stores the stream's bytes (idempotent for identical content) and returns their hash and size.</summary>
    Task<BlobInfo> PutAsync(Stream content, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a stored blob for reading. The returned stream verifies the hash as it is read and throws
    /// <see cref="BlobIntegrityException"/> at the end when the bytes do not match the key.
    /// </summary>
    Task<Stream> OpenReadAsync(string sha256, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken = default);
}

/// <summary>A stored blob is missing or its bytes no longer match its hash (tampering or disk corruption).</summary>
public sealed class BlobIntegrityException(string message) : IOException(message);
