using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>Fills pages without a text layer from OCR, or warns OCR_UNAVAILABLE and leaves them empty.</summary>
internal sealed class OcrPass(IOcrEngine? engine)
{
    public const string Unavailable = "OCR_UNAVAILABLE";
    public const string Applied = "OCR_APPLIED";

    public SourceDocument Apply(SourceDocument document, byte[] pdf, ExtractionOptions options, CancellationToken cancellation)
    {
        var scanned = document.Pages.Where(p => p.IsImageOnly).ToList();
        if (scanned.Count == 0)
        {
            return document;
        }

        var warnings = document.Warnings.ToList();
        if (!options.EnableOcr || engine is null)
        {
            warnings.Add(Unavailable);
            return document with { Warnings = warnings };
        }

        var path = Path.Combine(Path.GetTempPath(), "arvex-ocr-" + Guid.NewGuid().ToString("N") + ".pdf");
        try
        {
            File.WriteAllBytes(path, pdf);
            var pages = document.Pages.ToList();
            foreach (var page in scanned)
            {
                cancellation.ThrowIfCancellationRequested();
                var words = engine.Recognize(path, page.Number, page.Width, page.Height, cancellation);
                if (words is null)
                {
                    warnings.Add(Unavailable);
                    return document with { Warnings = warnings };
                }

                pages[page.Number - 1] = page with { Words = words };
            }

            warnings.Add(Applied);
            return new SourceDocument(pages, warnings);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
