using ArvexLab.Graph.Extraction.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ArvexLab.Graph.Extraction.Tests.Reading;

/// <summary>
/// The reading stage builds words from glyph values (<see cref="WordPageFactory"/>) instead of
/// PdfPig's letters and word extractor; every page must come out exactly as PdfPig reads it.
/// </summary>
public sealed class GlyphReadingMatchesPdfPigTests
{
    public static TheoryData<string> Corpus()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Fixtures, "generated"), "*.pdf").Order())
        {
            files.Add(Path.GetRelativePath(RepositoryPaths.Root, file));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Generated_fixture_reads_the_same_words_and_rulings_as_PdfPig(string file) =>
        AssertSameAsPdfPig(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, file)));

    [RealCorpusTheory]
    [MemberData(nameof(RealNames))]
    public void Real_report_reads_the_same_words_and_rulings_as_PdfPig(string name) =>
        AssertSameAsPdfPig(File.ReadAllBytes(Real.RealDocuments.Pdf(name)));

    public static TheoryData<string> RealNames() => Real.RealDocuments.Names();

    [Fact]
    public void Slanted_turned_and_upside_down_text_reads_the_same_as_PdfPig()
    {
        var pdf = RawPdf.Page("""
            BT /F1 11 Tf 0.866 0.5 -0.5 0.866 100 500 Tm (Slanted words here) Tj ET
            BT /F1 11 Tf 0 1 -1 0 300 200 Tm (Upwards text) Tj ET
            BT /F1 11 Tf 0 -1 1 0 400 600 Tm (Downwards text) Tj ET
            BT /F1 11 Tf -1 0 0 -1 500 700 Tm (Upside down) Tj ET
            BT /F1 11 Tf 72 100 Td (Level text) Tj ET
            """);

        var words = AssertSameAsPdfPig(pdf).Single().Words;
        // PdfPig orders glyphs by baseline height, so letters on a slant or turned become words of their own.
        Assert.Contains(words, w => w.Orientation == TextOrientation.Other);
        Assert.Contains(words, w => w.Orientation == TextOrientation.Rotate90);
        Assert.Contains(words, w => w.Orientation == TextOrientation.Rotate270);
        Assert.Contains(words, w => w.Orientation == TextOrientation.Rotate180);
    }

    [Fact]
    public void Combining_accent_joins_its_letter_as_in_PdfPig()
    {
        var pdf = RawPdf.Page(@"BT /F1 12 Tf 72 700 Td (Cafe\310 au lait) Tj ET");

        var words = AssertSameAsPdfPig(pdf).Single().Words;
        Assert.Equal("Cafe\u0301", words[0].Text.Normalize(System.Text.NormalizationForm.FormD));
    }

    [Fact]
    public void Rulings_from_lines_rectangles_curves_clips_and_forms_match_PdfPig()
    {
        var pdf = RawPdf.Page(
            """
            q 72 72 468 648 re W n
            0.5 w 72 600 m 540 600 l S
            72 580 468 0.8 re f
            100 400 m 120 401 140 401 160 400 c S
            200 300 m 200 500 l 201 500 l h B
            1 0 0 1 10 10 cm 72 200 300 1 re f
            Q
            /X1 Do
            BT /F1 9 Tf 72 560 Td (Beside the rules) Tj ET
            """,
            form: "72 150 m 540 150 l S BT /F1 9 Tf 72 140 Td (Inside a form) Tj ET");

        var rulings = AssertSameAsPdfPig(pdf).Single().Rulings;
        Assert.True(rulings.Count >= 4, $"expected the drawn rules to be kept, got {rulings.Count}");
    }

    private static List<PageText> AssertSameAsPdfPig(byte[] pdf)
    {
        var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true };
        PdfDocument reference;
        try
        {
            reference = PdfDocument.Open(pdf, options);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A damaged fixture: the reader gives up the same way whichever page factory it would use.
            return [];
        }

        using var _ = reference;
        using var fast = PdfDocument.Open(pdf, options);
        fast.AddPageFactory<PageText, WordPageFactory>();

        var result = new List<PageText>();
        for (var number = 1; number <= reference.NumberOfPages; number++)
        {
            var page = reference.GetPage(number);
            var expected = page.GetWords().Select(FromPdfPig).ToList();
            var expectedRulings = new RulingBoxes();
            foreach (var path in page.Paths)
            {
                expectedRulings.Add(path.GetBoundingRectangle());
            }

            var actual = fast.GetPage<PageText>(number);
            Assert.Equal((page.Width, page.Height), (actual.Width, actual.Height));
            Assert.Equal(expected.Count, actual.Words.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(Describe(expected[i]), Describe(actual.Words[i]));
            }

            Assert.Equal(expectedRulings.Boxes.Select(Corners), actual.Rulings.Select(Corners));
            result.Add(actual);
        }

        return result;
    }

    private static PageWord FromPdfPig(Word word) => new(
        word.Text, word.BoundingBox, word.TextOrientation, word.FontName, word.Letters.Count > 0 ? word.Letters[0].PointSize : 0);

    private static string Describe(PageWord word) =>
        $"{word.Text} {Corners(word.Box)} {word.Orientation} {word.FontName} {word.PointSize:R}";

    private static string Corners(PdfRectangle r) =>
        $"[{r.TopLeft.X:R},{r.TopLeft.Y:R} {r.TopRight.X:R},{r.TopRight.Y:R} {r.BottomLeft.X:R},{r.BottomLeft.Y:R} {r.BottomRight.X:R},{r.BottomRight.Y:R}]";
}
