using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Tests.Pipeline;

/// <summary>Rejected inputs get a typed code quickly; nothing hangs, crashes or invents fields.</summary>
public sealed class HostileInputTests
{
    private static ExtractionErrorCode Reject(byte[] bytes, ExtractionOptions? options = null) =>
        Assert.Throws<ExtractionException>(() => EvidenceExtractor.Extract(new MemoryStream(bytes), options ?? new ExtractionOptions { EnableOcr = false })).Code;

    [Fact]
    public void Html_saved_as_pdf_is_rejected_with_NOT_A_PDF() =>
        Assert.Equal(ExtractionErrorCode.NotAPdf, Reject(Encoding.UTF8.GetBytes("<html><body>502 Bad Gateway</body></html>")));

    [Fact]
    public void Garbage_after_a_pdf_header_is_rejected_with_CORRUPT_PDF() =>
        Assert.Equal(ExtractionErrorCode.CorruptPdf, Reject(Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 5000))));

    [Fact]
    public void A_truncated_pdf_is_rejected_or_yields_no_invented_fields()
    {
        var whole = new TestPdf().Page().Lines(72, 72, "Independent Service Auditor's Report", "In our opinion, in all material respects").Build();
        var truncated = whole[..(whole.Length / 3)];
        try
        {
            var result = EvidenceExtractor.Extract(new MemoryStream(truncated), new ExtractionOptions { EnableOcr = false });
            Assert.Empty(result.Fields);
        }
        catch (ExtractionException e)
        {
            Assert.Equal(ExtractionErrorCode.CorruptPdf, e.Code);
        }
    }

    [Fact]
    public void More_pages_than_the_limit_are_rejected_with_TOO_MANY_PAGES()
    {
        var pdf = new TestPdf().Page().Text(72, 72, "one").Page().Text(72, 72, "two").Page().Text(72, 72, "three").Build();
        Assert.Equal(ExtractionErrorCode.TooManyPages, Reject(pdf, new ExtractionOptions { MaxPages = 2, EnableOcr = false }));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_rejected_before_parsing()
    {
        var pdf = new TestPdf().Page().Text(72, 72, "one").Build();
        Assert.Equal(ExtractionErrorCode.TooLarge, Reject(pdf, new ExtractionOptions { MaxBytes = 100, EnableOcr = false }));
    }

    [Fact]
    public void An_exhausted_time_budget_is_reported_as_TIMEOUT()
    {
        var pdf = new TestPdf().Page().Text(72, 72, "one").Build();
        Assert.Equal(ExtractionErrorCode.Timeout, Reject(pdf, new ExtractionOptions { Timeout = TimeSpan.FromTicks(1), EnableOcr = false }));
    }

    [Fact]
    public void A_flate_bomb_content_stream_is_capped_not_inflated()
    {
        // 200 MB of spaces compress to ~200 KB; the cap is 1 MB, so the page is skipped quickly.
        var bomb = FlateBomb(200 * 1024 * 1024);
        var watch = Stopwatch.StartNew();
        try
        {
            var result = EvidenceExtractor.Extract(new MemoryStream(bomb), new ExtractionOptions { MaxDecodedStreamBytes = 1024 * 1024, EnableOcr = false });
            Assert.Empty(result.Fields);
        }
        catch (ExtractionException e)
        {
            Assert.Equal(ExtractionErrorCode.CorruptPdf, e.Code);
        }

        Assert.True(GC.GetTotalMemory(false) < 150L * 1024 * 1024, "memory stayed bounded");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "no hang");
    }

    [Fact]
    public void Cyclic_outlines_are_never_read()
    {
        // Two outline items pointing at each other as First/Next: a reader walking outlines loops forever.
        var body = "1 0 obj << /Type /Catalog /Pages 2 0 R /Outlines 4 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
            + "4 0 obj << /Type /Outlines /First 5 0 R /Last 6 0 R >> endobj\n"
            + "5 0 obj << /Title (a) /Parent 4 0 R /Next 6 0 R /First 6 0 R >> endobj\n"
            + "6 0 obj << /Title (b) /Parent 4 0 R /Next 5 0 R /First 5 0 R >> endobj\n";
        var result = EvidenceExtractor.Extract(new MemoryStream(Assemble(body)), new ExtractionOptions { EnableOcr = false });
        Assert.Equal(DocumentKind.Unknown, result.Kind);
        Assert.Empty(result.Fields);
    }

    [Fact]
    public void An_encrypted_pdf_without_the_password_is_rejected_with_ENCRYPTED_PDF()
    {
        var qpdf = new[] { "/usr/bin/qpdf", "/usr/local/bin/qpdf" }.FirstOrDefault(File.Exists);
        Assert.True(qpdf is not null, "qpdf (Debian package qpdf) is needed to create the encrypted fixture");
        var plain = Path.GetTempFileName();
        var locked = plain + ".enc.pdf";
        File.WriteAllBytes(plain, new TestPdf().Page().Text(72, 72, "secret").Build());
        using (var p = Process.Start(qpdf, ["--encrypt", "user-secret", "owner-secret", "256", "--", plain, locked]))
        {
            p.WaitForExit();
        }

        Assert.Equal(ExtractionErrorCode.EncryptedPdf, Reject(File.ReadAllBytes(locked)));
        File.Delete(plain);
        File.Delete(locked);
    }

    private static byte[] FlateBomb(int size)
    {
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 1 << 20));
            for (var i = 0; i < size >> 20; i++)
            {
                z.Write(chunk);
            }
        }

        var data = compressed.ToArray();
        var body = "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
            + $"4 0 obj << /Length {data.Length} /Filter /FlateDecode >> stream\n";
        var head = Encoding.Latin1.GetBytes("%PDF-1.7\n" + body);
        var tail = Encoding.Latin1.GetBytes("\nendstream endobj\ntrailer << /Root 1 0 R /Size 5 >>\n%%EOF\n");
        return [.. head, .. data, .. tail];
    }

    // No xref table: PdfPig's lenient parser rebuilds it by scanning, as it must for damaged files.
    private static byte[] Assemble(string body) => Encoding.Latin1.GetBytes("%PDF-1.7\n" + body + "trailer << /Root 1 0 R /Size 7 >>\n%%EOF\n");
}
