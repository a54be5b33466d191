using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Tests.Pipeline;

/// <summary>Reading pages on several lanes changes nothing but the time it takes.</summary>
public sealed class ParallelReadingTests
{
    private static string ExtractJson(string path, int threads)
    {
        using var stream = File.OpenRead(path);
        return ExtractionResultJson.Serialize(EvidenceExtractor.Extract(stream, new ExtractionOptions { EnableOcr = false, ReadingThreads = threads }));
    }

    [RealCorpusFact]
    public void Real_reports_read_on_two_or_three_lanes_give_the_same_result_as_one_lane()
    {
        foreach (var name in new[] { "synadia_soc2_type2.pdf", "tembo_soc2_type1.pdf" })
        {
            var path = RepositoryPaths.Real(name);
            var oneLane = ExtractJson(path, 1);
            Assert.Contains("\"controls\":[{", oneLane, StringComparison.Ordinal);
            Assert.Equal(oneLane, ExtractJson(path, 2));
            Assert.Equal(oneLane, ExtractJson(path, 3));
        }
    }

    [Fact]
    public void Pages_of_a_long_document_keep_their_order_and_numbers_across_lanes()
    {
        var pdf = new TestPdf();
        for (var page = 1; page <= 40; page++)
        {
            pdf.Page().Lines(72, 72, $"Section {page} heading", $"Body text of page number {page} in this report");
        }

        var bytes = pdf.Build();
        var document = new Extraction.Reading.PdfPigDocumentReader().Read(new MemoryStream(bytes), new ExtractionOptions { EnableOcr = false, ReadingThreads = 4 }, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 40), document.Pages.Select(p => p.Number));
        Assert.All(document.Pages, p => Assert.Contains(p.Words, w => w.Text == p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void A_time_budget_exhausted_while_lanes_read_is_reported_as_TIMEOUT()
    {
        var pdf = new TestPdf();
        for (var page = 1; page <= 40; page++)
        {
            pdf.Page().Text(72, 72, $"Page {page}");
        }

        var error = Assert.Throws<ExtractionException>(() => EvidenceExtractor.Extract(
            new MemoryStream(pdf.Build()),
            new ExtractionOptions { EnableOcr = false, ReadingThreads = 2, Timeout = TimeSpan.FromTicks(1) }));
        Assert.Equal(ExtractionErrorCode.Timeout, error.Code);
    }
}
