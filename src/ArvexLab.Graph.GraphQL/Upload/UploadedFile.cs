namespace ArvexLab.Graph.GraphQL.Upload;

/// <summary>
/// A file received through an <c>Upload</c> variable, already streamed to a temp file under a random
/// name. The client's file name is kept for display only and never touches the file system.
/// The temp file is deleted when the HTTP response completes: resolvers copy what they keep.
/// </summary>
public sealed class UploadedFile : IDisposable
{
    internal UploadedFile(string fileName, string? contentType, string tempPath, long length)
    {
        FileName = fileName;
        ContentType = contentType;
        TempPath = tempPath;
        Length = length;
    }

    /// <summary>The name the client sent (display only; may contain anything, including "../").</summary>
    public string FileName { get; }

    /// <summary>The media type the client claimed; do not trust it, sniff the content.</summary>
    public string? ContentType { get; }

    public long Length { get; }

    internal string TempPath { get; }

    public Stream OpenRead() => new FileStream(TempPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81_920, FileOptions.Asynchronous);

    /// <summary>Whether the content starts with <paramref name="signature"/>, e.g. <c>"%PDF-"u8</c> at offset 0.</summary>
    public bool StartsWith(ReadOnlySpan<byte> signature)
    {
        if (Length < signature.Length)
        {
            return false;
        }

        Span<byte> head = stackalloc byte[signature.Length];
        using var stream = OpenRead();
        stream.ReadExactly(head);
        return head.SequenceEqual(signature);
    }

    /// <summary>Whether the content is a PDF by its signature, whatever the name or claimed type says.</summary>
    public bool IsPdf() => StartsWith("%PDF-"u8);

    public void Dispose() => File.Delete(TempPath);
}
