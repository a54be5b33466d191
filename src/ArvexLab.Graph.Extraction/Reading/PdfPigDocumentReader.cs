using ArvexLab.Graph.Extraction.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>
/// Reads words and rulings with PdfPig. Only page content is touched: outlines, annotations and
/// images are never requested, so hostile structures there cannot cost time or memory. Pages are
/// built by <see cref="WordPageFactory"/>, not as PdfPig's own pages: the same words, without an
/// object per glyph.
/// </summary>
public sealed class PdfPigDocumentReader(IOcrEngine? ocr = null) : IDocumentReader
{
    public SourceDocument Read(Stream pdf, ExtractionOptions options, CancellationToken cancellation)
    {
        StandardFontMetrics.LoadInBackground();
        var bytes = ReadAll(pdf, options.MaxBytes);
        if (!LooksLikePdf(bytes))
        {
            throw new ExtractionException(ExtractionErrorCode.NotAPdf, "The input does not start with a PDF header.");
        }

        if (!PdfTrailer.IsPresent(bytes))
        {
            throw new ExtractionException(ExtractionErrorCode.CorruptPdf, "The PDF does not end with %%EOF: the file is truncated or damaged.");
        }

        var parsing = Parsing(options);
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, parsing);
            document.AddPageFactory<PageText, WordPageFactory>();
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new ExtractionException(ExtractionErrorCode.EncryptedPdf, "The PDF is encrypted and cannot be opened without a password.", e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ExtractionException(ExtractionErrorCode.CorruptPdf, "The PDF structure cannot be read: " + e.Message, e);
        }

        using (document)
        {
            int count;
            try
            {
                count = document.NumberOfPages;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw Classify(e);
            }

            if (count > options.MaxPages)
            {
                throw new ExtractionException(ExtractionErrorCode.TooManyPages, $"The PDF has {count} pages; the limit is {options.MaxPages}.");
            }

            return ReadPages(document, count, bytes, options, cancellation);
        }
    }

    private SourceDocument ReadPages(PdfDocument document, int count, byte[] bytes, ExtractionOptions options, CancellationToken cancellation)
    {
        var pages = new SourcePage[count];
        var failedPages = 0;
        using var lanesStop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var stop = lanesStop.Token;

        void ReadLane(int lane, int lanes)
        {
            using var own = lane == 0 ? null : PdfDocument.Open(bytes, Parsing(options));
            own?.AddPageFactory<PageText, WordPageFactory>();
            var source = own ?? document;
            for (var index = lane; index < count; index += lanes)
            {
                stop.ThrowIfCancellationRequested();
                var number = index + 1;
                try
                {
                    pages[index] = PageReading.ToSourcePage(source.GetPage<PageText>(number), number);
                }
                catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
                {
                    if (e is PdfDocumentEncryptedException)
                    {
                        throw Classify(e);
                    }

                    Interlocked.Increment(ref failedPages);
                    pages[index] = new SourcePage(number, 612, 792, [], []);
                }
            }
        }

        PageLanes.Run(PageLanes.Count(count, options.ReadingThreads), ReadLane, lanesStop);
        cancellation.ThrowIfCancellationRequested();

        if (failedPages == count)
        {
            throw new ExtractionException(ExtractionErrorCode.CorruptPdf, "No page of the PDF could be read.");
        }

        var warnings = new List<string>();
        if (failedPages > 0)
        {
            warnings.Add("UNREADABLE_PAGES");
        }

        return new OcrPass(ocr).Apply(new SourceDocument(pages, warnings), bytes, options, cancellation);
    }

    private static ParsingOptions Parsing(ExtractionOptions options) => new()
    {
        UseLenientParsing = true,
        SkipMissingFonts = true,
        ClipPaths = false,
        MaxStackDepth = 64,
        FilterProvider = new CappedFilterProvider(options.MaxDecodedStreamBytes),
    };

    private static ExtractionException Classify(Exception e) => e is PdfDocumentEncryptedException
        ? new ExtractionException(ExtractionErrorCode.EncryptedPdf, "The PDF is encrypted and cannot be opened without a password.", e)
        : new ExtractionException(ExtractionErrorCode.CorruptPdf, "The PDF structure cannot be read: " + e.Message, e);

    private static byte[] ReadAll(Stream pdf, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = pdf.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ExtractionException(ExtractionErrorCode.TooLarge, $"The file is larger than the {maxBytes} byte limit.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // PDF readers accept a header within the first 1024 bytes; anything else is not a PDF at all.
    private static bool LooksLikePdf(byte[] bytes)
    {
        var limit = Math.Min(bytes.Length, 1024);
        return bytes.AsSpan(0, limit).IndexOf("%PDF-"u8) >= 0;
    }
}
