namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>
/// The end-of-file marker every complete PDF (and every incremental update of one) ends with: <c>%%EOF</c> in its last
/// kilobyte, trailing whitespace or NUL padding aside. A file cut short loses it; PdfPig's lenient parser would still
/// rebuild a partial document from the objects it finds, so the cut is detected here instead.
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

        return pdf[Math.Max(0, end - Window)..end].IndexOf("%%EOF"u8) >= 0;
    }
}
