using System.Globalization;
using System.Text;
using ArvexLab.Graph.Extraction;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extract;

/// <summary>
/// A small made-up SOC 2 report, extracted once by a `--serve` process before it reads its first request: the JIT
/// compiles the reading, layout and semantics code (and PdfPig loads its standard-font metrics) while the process
/// waits for work, instead of during the first real document (~0.5 s of a 1-page file's ~0.55 s without it). The
/// result is thrown away; nothing it does is kept between documents but what the runtime caches anyway.
/// </summary>
internal static class WarmUpDocument
{
    // Lines of cells (x position, text): the table on page 2 has three columns the layout stage can find.
    private static readonly (int X, string Text)[][][] Pages =
    [
        [
            [(56, "Independent Service Auditor's Report")],
            [(56, "To the Management of Example Systems, Inc.")],
            [(56, "We have examined the description of the Example Platform system for the period")],
            [(56, "January 1, 2025 to December 31, 2025 (SOC 2 Type II), based on the trust services criteria")],
            [(56, "relevant to security. In our opinion, in all material respects, the controls stated in the")],
            [(56, "description were suitably designed and operated effectively throughout the period.")],
            [(56, "Example Audit LLP, March 15, 2026")],
        ],
        [
            [(56, "Section 4: Trust Services Criteria, Related Controls and Tests of Controls")],
            [(56, "Control Activity"), (250, "Tests Performed"), (440, "Results")],
            [(56, "CC6.1 Access to production systems"), (250, "Inspected the access list for a"), (440, "No exceptions noted.")],
            [(56, "is restricted to authorized staff."), (250, "sample of production systems.")],
            [(56, "CC6.2 New users are approved"), (250, "Inspected approvals for a sample"), (440, "Exception noted. One")],
            [(56, "before access is granted."), (250, "of new users."), (440, "user had no approval.")],
            [(56, "Complementary User Entity Controls")],
            [(56, "User entities are responsible for reviewing access of their own users (CC6.2).")],
        ],
    ];

    /// <summary>Extracts the document with <paramref name="options"/>; false (and a line on stderr) if that failed.</summary>
    public static bool Run(ExtractionOptions options, TextWriter stderr)
    {
        try
        {
            using var pdf = new MemoryStream(Build());
            new EvidenceExtractor().Run(pdf, options with { EnableOcr = false, StageFinished = null });
            return true;
        }
        catch (Exception e)
        {
            // Only a lost head start: the first request is still extracted normally.
            stderr.WriteLine($"--serve: the warm-up extraction failed: {e.GetType().Name}: {e.Message}");
            return false;
        }
    }

    /// <summary>A PDF 1.4 file of <see cref="Pages"/> in Helvetica, with a correct cross-reference table.</summary>
    internal static byte[] Build()
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Pages.Select((_, i) => $"{4 + (2 * i)} 0 R"))}] /Count {Pages.Length} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        foreach (var (lines, i) in Pages.Select((lines, i) => (lines, i)))
        {
            var content = new StringBuilder();
            foreach (var (cells, n) in lines.Select((cells, n) => (cells, n)))
            {
                foreach (var (x, text) in cells)
                {
                    var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
                    content.Append(CultureInfo.InvariantCulture, $"BT /F1 {(n == 0 ? 14 : 9)} Tf {x} {740 - (n * 14)} Td ({escaped}) Tj ET\n");
                }
            }

            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + (2 * i)} 0 R >>");
            objects.Add($"<< /Length {content.Length} >>\nstream\n{content}endstream");
        }

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        foreach (var (body, i) in objects.Select((body, i) => (body, i)))
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{body}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
