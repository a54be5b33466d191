using System.Diagnostics;
using System.Globalization;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>
/// OCR through Debian's poppler-utils (pdftoppm) and tesseract-ocr, run as child processes:
/// page → PNG → tesseract TSV (one row per word with its pixel box) → words in page points.
/// </summary>
public sealed class TesseractOcrEngine : IOcrEngine
{
    // 300 dpi is tesseract's sweet spot; huge pages (phone scans) are rendered smaller so a page
    // stays around 3500 px on its long side and OCR takes seconds, not minutes.
    private const int Dpi = 300;
    private const double MaxPixels = 3500;
    private const double MinWordConfidence = 20;

    public static bool IsAvailable => FindTool("pdftoppm") is not null && FindTool("tesseract") is not null;

    public IReadOnlyList<SourceWord>? Recognize(string pdfPath, int pageNumber, double pageWidth, double pageHeight, CancellationToken cancellation)
    {
        var pdftoppm = FindTool("pdftoppm");
        var tesseract = FindTool("tesseract");
        if (pdftoppm is null || tesseract is null)
        {
            return null;
        }

        var dpi = (int)Math.Min(Dpi, MaxPixels * 72 / Math.Max(pageWidth, pageHeight));
        var prefix = Path.Combine(Path.GetTempPath(), "arvex-ocr-" + Guid.NewGuid().ToString("N"));
        var png = prefix + ".png";
        try
        {
            var page = pageNumber.ToString(CultureInfo.InvariantCulture);
            Run(pdftoppm, ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", page, "-l", page, "-png", "-singlefile", pdfPath, prefix], cancellation);
            var tsv = Run(tesseract, [png, "stdout", "tsv"], cancellation);
            return ParseTsv(tsv, 72.0 / dpi);
        }
        finally
        {
            File.Delete(png);
        }
    }

    internal static List<SourceWord> ParseTsv(string tsv, double scale)
    {
        var words = new List<SourceWord>();
        foreach (var line in tsv.Split('\n').Skip(1))
        {
            var cols = line.TrimEnd('\r').Split('\t');
            if (cols.Length < 12 || cols[0] != "5" || string.IsNullOrWhiteSpace(cols[11]))
            {
                continue;
            }

            // Below 20 tesseract's words are mostly noise from stamps and backgrounds; stamped codes on a
            // seal (an accreditation number on a logo) come back at 25-30 and are worth reading.
            var conf = double.Parse(cols[10], CultureInfo.InvariantCulture);
            if (conf < MinWordConfidence)
            {
                continue;
            }

            double P(int i) => double.Parse(cols[i], CultureInfo.InvariantCulture) * scale;
            var (left, top, width, height) = (P(6), P(7), P(8), P(9));
            words.Add(new SourceWord(cols[11].Trim(), new BoundingBox(left, top, left + width, top + height), height, false));
        }

        return words;
    }

    private static string Run(string tool, IReadOnlyList<string> args, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellation);
        _ = process.StandardError.ReadToEndAsync(cancellation);
        try
        {
            process.WaitForExitAsync(cancellation).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return stdout.GetAwaiter().GetResult();
    }

    private static string? FindTool(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }
}
