using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Util;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>
/// Runs a page's content stream keeping only what extraction reads: glyphs (by value, with the
/// geometry PdfPig's own processor gives its letters) and the boxes of thin paths. Images,
/// shadings, marked content and clipping are skipped.
/// </summary>
internal sealed class GlyphStreamProcessor(
    int pageNumber,
    IResourceStore resourceStore,
    IPdfTokenScanner pdfScanner,
    IPageContentParser pageContentParser,
    ILookupFilterProvider filterProvider,
    CropBox cropBox,
    UserSpaceUnit userSpaceUnit,
    PageRotationDegrees rotation,
    TransformationMatrix initialMatrix,
    ParsingOptions parsingOptions,
    List<PageGlyph> glyphs)
    : BaseStreamProcessor<IReadOnlyList<PdfRectangle>>(
        pageNumber, resourceStore, pdfScanner, pageContentParser, filterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, parsingOptions)
{
    private readonly RulingBoxes rulings = new();
    private PdfPath? currentPath;
    private PdfSubpath? currentSubpath;
    private IFont? lastFont;
    private FontDetails? lastFontDetails;

    public override IReadOnlyList<PdfRectangle> Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        PageNumber = pageNumberCurrent;
        CloneAllStates();
        ProcessOperations(operations);
        return rulings.Boxes;
    }

    public override void RenderGlyph(
        IFont font,
        CurrentGraphicsState currentState,
        double fontSize,
        double pointSize,
        int code,
        string unicode,
        long currentOffset,
        in TransformationMatrix renderingMatrix,
        in TransformationMatrix textMatrix,
        in TransformationMatrix transformationMatrix,
        CharacterBoundingBox characterBoundingBox)
    {
        // A combining accent printed after its letter becomes part of that letter, as PdfPig does.
        if (Diacritics.IsInCombiningDiacriticRange(unicode) && currentOffset > 0 && glyphs.Count > 0)
        {
            var last = glyphs[^1];
            if (last.TextSequence == TextSequence && Diacritics.TryCombineDiacriticWithPreviousLetter(unicode, last.Value, out var combined))
            {
                last.Value = combined;
                glyphs[^1] = last;
                return;
            }
        }

        var glyphBounds = PerformantRectangleTransformer.Transform(renderingMatrix, textMatrix, transformationMatrix, characterBoundingBox.GlyphBounds);
        var advance = PerformantRectangleTransformer.Transform(
            renderingMatrix, textMatrix, transformationMatrix, new PdfRectangle(0, 0, characterBoundingBox.Width, UserSpaceUnit.PointMultiples));
        var hasBounds = glyphBounds.Width > double.Epsilon || glyphBounds.Height > double.Epsilon;
        var box = hasBounds ? glyphBounds : advance;

        if (!ReferenceEquals(font, lastFont))
        {
            lastFont = font;
            lastFontDetails = font.Details;
        }

        glyphs.Add(new PageGlyph
        {
            Value = unicode,
            Box = box,
            StartBaseLine = advance.BottomLeft,
            EndBaseLine = advance.BottomRight,
            Width = advance.Width,
            FontSize = fontSize,
            PointSize = pointSize,
            Font = lastFontDetails,
            Orientation = PageGlyph.OrientationOf(advance.BottomLeft, advance.BottomRight, box),
            TextSequence = TextSequence,
        });
    }

    public override void BeginSubpath()
    {
        currentPath ??= new PdfPath();
        AddCurrentSubpath();
        currentSubpath = new PdfSubpath();
    }

    public override PdfPoint? CloseSubpath()
    {
        if (currentSubpath is null || currentSubpath.Commands.Count == 0 || currentSubpath.Commands[0] is not PdfSubpath.Move move)
        {
            return null;
        }

        currentSubpath.CloseSubpath();
        AddCurrentSubpath();
        return move.Location;
    }

    public override void StrokePath(bool close) => PaintPath(close);

    public override void FillPath(FillingRule fillingRule, bool close) => PaintPath(close);

    public override void FillStrokePath(FillingRule fillingRule, bool close) => PaintPath(close);

    public override void MoveTo(double x, double y)
    {
        BeginSubpath();
        var point = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        CurrentPosition = point;
        currentSubpath!.MoveTo(point.X, point.Y);
    }

    public override void BezierCurveTo(double x2, double y2, double x3, double y3)
    {
        if (currentSubpath is null)
        {
            return;
        }

        var control = CurrentTransformationMatrix.Transform(new PdfPoint(x2, y2));
        var end = CurrentTransformationMatrix.Transform(new PdfPoint(x3, y3));
        currentSubpath.BezierCurveTo(CurrentPosition.X, CurrentPosition.Y, control.X, control.Y, end.X, end.Y);
        CurrentPosition = end;
    }

    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3)
    {
        if (currentSubpath is null)
        {
            return;
        }

        var first = CurrentTransformationMatrix.Transform(new PdfPoint(x1, y1));
        var second = CurrentTransformationMatrix.Transform(new PdfPoint(x2, y2));
        var end = CurrentTransformationMatrix.Transform(new PdfPoint(x3, y3));
        currentSubpath.BezierCurveTo(first.X, first.Y, second.X, second.Y, end.X, end.Y);
        CurrentPosition = end;
    }

    public override void LineTo(double x, double y)
    {
        if (currentSubpath is null)
        {
            return;
        }

        var end = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        currentSubpath.LineTo(end.X, end.Y);
        CurrentPosition = end;
    }

    public override void Rectangle(double x, double y, double width, double height)
    {
        BeginSubpath();
        var lowerLeft = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        var upperRight = CurrentTransformationMatrix.Transform(new PdfPoint(x + width, y + height));
        currentSubpath!.Rectangle(lowerLeft.X, lowerLeft.Y, upperRight.X - lowerLeft.X, upperRight.Y - lowerLeft.Y);
        AddCurrentSubpath();
    }

    public override void EndPath() => ClosePath();

    /// <summary>Every path ends here once, painted, used as a clip or discarded: PdfPig lists them all.</summary>
    public override void ClosePath()
    {
        if (currentPath is null)
        {
            return;
        }

        AddCurrentSubpath();
        if (!rulings.IsFull)
        {
            rulings.Add(currentPath.GetBoundingRectangle());
        }

        currentPath = null;
    }

    public override void ModifyClippingIntersect(FillingRule clippingRule)
    {
        if (currentPath is not null)
        {
            AddCurrentSubpath();
        }
    }

    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule)
    {
    }

    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord)
    {
    }

    protected override void RenderInlineImage(InlineImage inlineImage)
    {
    }

    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties)
    {
    }

    public override void EndMarkedContent()
    {
    }

    public override void PaintShading(NameToken shading)
    {
    }

    private void PaintPath(bool close)
    {
        if (currentPath is null)
        {
            return;
        }

        if (close)
        {
            currentSubpath?.CloseSubpath();
        }

        ClosePath();
    }

    private void AddCurrentSubpath()
    {
        if (currentSubpath is null)
        {
            return;
        }

        currentPath!.Add(currentSubpath);
        currentSubpath = null;
    }
}
