namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>
/// The end-of-file structure every complete PDF has: <c>startxref</c>, the cross-reference offset and <c>%%EOF</c>
/// in its last kilobyte (trailing whitespace or NUL padding aside). A file cut short loses them; PdfPig's lenient
/// parser would still rebuild a partial document from the objects it finds, so the cut is detected here instead.
/// </summary>
internal static class PdfTrailer
{
    private const int Window = 1024;

    public static bool IsPresent(ReadOnlySpan<byte> pdf)
    {
        var end = pdf.Length;
        while (end > 0 && pdf[end - 1] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0)
        {
            end--;
        }

        var tail = pdf[Math.Max(0, end - Window)..end];
        var eof = tail.LastIndexOf("%%EOF"u8);
        return eof >= 0 && tail[..eof].LastIndexOf("startxref"u8) >= 0;
    }
}
