using System.Diagnostics;
using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Layout;
using ArvexLab.Graph.Extraction.Model;
using ArvexLab.Graph.Extraction.Reading;
using ArvexLab.Graph.Extraction.Semantics;

namespace ArvexLab.Graph.Extraction;

/// <summary>
/// The whole pipeline, one way: Reading (PDF → words) → Layout (lines, no page furniture) →
/// Semantics (kind, sections, per-kind parsers) → Model. Safe to call in-process; for untrusted
/// input the server should still run the console tool as a separate process with a wall-clock limit.
/// </summary>
public sealed class EvidenceExtractor(IDocumentReader reader, ILayoutAnalyzer layout, IDocumentClassifier classifier)
{
    public EvidenceExtractor()
        : this(new PdfPigDocumentReader(new TesseractOcrEngine()), new PageLayoutAnalyzer(), new DocumentClassifier())
    {
    }

    public static ExtractionResult Extract(Stream pdf, ExtractionOptions? options = null) =>
        new EvidenceExtractor().Run(pdf, options ?? new ExtractionOptions());

    public ExtractionResult Run(Stream pdf, ExtractionOptions options)
    {
        using var budget = options.Timeout is { } limit ? new CancellationTokenSource(limit) : new CancellationTokenSource();
        var watch = Stopwatch.StartNew();

        // Timers are coarse; the stopwatch makes the budget exact at every stage boundary.
        void Check()
        {
            if (options.Timeout is { } t && watch.Elapsed >= t)
            {
                throw new OperationCanceledException();
            }

            budget.Token.ThrowIfCancellationRequested();
        }

        var stageStart = TimeSpan.Zero;
        void Finished(string stage)
        {
            var now = watch.Elapsed;
            options.StageFinished?.Invoke(stage, now - stageStart);
            stageStart = now;
        }

        try
        {
            var source = reader.Read(pdf, options, budget.Token);
            Check();
            Finished("reading");
            var context = new DocumentContext(layout.Analyze(source));
            Check();
            Finished("layout");
            var result = Interpret(context, source);
            Check();
            Finished("semantics");
            return result;
        }
        catch (OperationCanceledException e)
        {
            throw new ExtractionException(ExtractionErrorCode.Timeout, $"Extraction did not finish within {options.Timeout?.TotalSeconds} s.", e);
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new ExtractionException(ExtractionErrorCode.Timeout, $"A text pattern ran longer than {RegexBudget.Timeout.TotalSeconds} s on this document's text.", e);
        }
    }

    private ExtractionResult Interpret(DocumentContext context, SourceDocument source)
    {
        var kind = classifier.Classify(context);
        var result = new ExtractionResult { Kind = kind, PageCount = context.PageCount };
        result.Warnings.AddRange(source.Warnings.Distinct());
        if (source.Pages.All(p => p.IsImageOnly) && result.Warnings.Contains("OCR_UNAVAILABLE"))
        {
            return result;
        }

        var sink = new FieldSink();
        switch (kind)
        {
            case DocumentKind.Soc2TypeI or DocumentKind.Soc2TypeII or DocumentKind.Soc3:
                SocFieldParser.Parse(context, kind, sink);
                if (kind != DocumentKind.Soc3)
                {
                    result.Controls.AddRange(ControlParser.Parse(context, kind));
                    result.Exceptions.AddRange(ExceptionParser.Parse(context, result.Controls));
                }

                result.Cuecs.AddRange(CuecParser.Parse(context));
                result.SubserviceOrganizations.AddRange(SubserviceParser.Parse(context));
                break;
            case DocumentKind.BridgeLetter:
                BridgeLetterParser.Parse(context, sink);
                break;
            case DocumentKind.Iso27001Certificate:
                IsoCertificateParser.Parse(context, sink);
                break;
        }

        sink.CopyTo(result, FieldNames.All);
        Debug.Assert(result.Fields.Values.All(f => f.Confidence is >= 0 and <= 1));
        return result;
    }
}
