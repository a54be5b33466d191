namespace ArvexLab.Graph.GraphQL.Upload;

/// <summary>Limits of GraphQL multipart requests (configuration section <c>GraphQL:Uploads</c>).</summary>
public sealed class UploadOptions
{
    /// <summary>Whether multipart requests are accepted at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Largest single file, in bytes; checked while streaming, 413 <c>FILE_TOO_LARGE</c> beyond it.</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Most files in one request; 413 <c>TOO_MANY_FILES</c> beyond it.</summary>
    public int MaxFiles { get; set; } = 5;
}
