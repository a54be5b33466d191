using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>
/// Builds <see cref="PageText"/> instead of PdfPig's <see cref="Page"/>: the content stream is run
/// through <see cref="GlyphStreamProcessor"/>, which keeps glyphs by value, and words are grouped
/// by <see cref="GlyphWords"/>. PdfPig creates one factory per document, so the buffers here are
/// reused page after page by a single thread.
/// </summary>
internal sealed class WordPageFactory(
    IPdfTokenScanner pdfScanner,
    IResourceStore resourceStore,
    ILookupFilterProvider filterProvider,
    IPageContentParser pageContentParser,
    ParsingOptions parsingOptions)
    : BasePageFactory<PageText>(pdfScanner, resourceStore, filterProvider, pageContentParser, parsingOptions)
{
    private readonly List<PageGlyph> glyphs = [];
    private readonly GlyphWords words = new();

    protected override PageText ProcessPage(
        int pageNumber,
        DictionaryToken dictionary,
        NamedDestinations namedDestinations,
        MediaBox mediaBox,
        CropBox cropBox,
        UserSpaceUnit userSpaceUnit,
        PageRotationDegrees rotation,
        TransformationMatrix initialMatrix,
        IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var visible = cropBox.GetVisibleBounds(rotation);
        if (operations is null || operations.Count == 0)
        {
            return new PageText(visible.Width, visible.Height, [], []);
        }

        glyphs.Clear();
        var processor = new GlyphStreamProcessor(
            pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions, glyphs);
        var rulings = processor.Process(pageNumber, operations);
        return new PageText(visible.Width, visible.Height, words.Group(glyphs), rulings);
    }
}
