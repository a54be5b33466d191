namespace ArvexLab.Graph.Extraction.Model;

public sealed record ExtractionOptions
{
    /// <summary>Documents with more pages are rejected with TOO_MANY_PAGES before any page is parsed.</summary>
    public int MaxPages { get; init; } = 500;

    /// <summary>Inputs larger than this are rejected before parsing (default 100 MB).</summary>
    public long MaxBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Decoded size cap for one compressed stream; protects against Flate bombs.</summary>
    public int MaxDecodedStreamBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Run OCR on pages without a text layer when tesseract and pdftoppm are installed.</summary>
    public bool EnableOcr { get; init; } = true;

    /// <summary>
    /// Pages are read on up to this many threads (each with its own parsed copy of the document), at
    /// least 8 pages per thread. Default: the processor count, at most 4.
    /// </summary>
    public int ReadingThreads { get; init; } = Math.Min(Environment.ProcessorCount, 4);

    /// <summary>Wall-clock budget checked between pages; exceeded → TIMEOUT.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Told the name and duration of each stage as it ends (reading, layout, semantics); for diagnostics.</summary>
    public Action<string, TimeSpan>? StageFinished { get; init; }
}
