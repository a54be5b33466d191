using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>A word as printed: text, box (top-left origin, points), font size and weight.</summary>
public sealed record SourceWord(string Text, BoundingBox Box, double FontSize, bool Bold);

/// <summary>A thin drawn line or rectangle edge: a table ruling.</summary>
public sealed record Ruling(BoundingBox Box)
{
    public bool IsHorizontal => Box.Width > Box.Height;
}

public sealed record SourcePage(int Number, double Width, double Height, IReadOnlyList<SourceWord> Words, IReadOnlyList<Ruling> Rulings)
{
    /// <summary>True when the page carries no text layer (a scan).</summary>
    public bool IsImageOnly => Words.Count == 0;
}

public sealed record SourceDocument(IReadOnlyList<SourcePage> Pages, IReadOnlyList<string> Warnings);

/// <summary>Reading stage: bytes → pages of positioned words.</summary>
public interface IDocumentReader
{
    SourceDocument Read(Stream pdf, ExtractionOptions options, CancellationToken cancellation);
}

/// <summary>Turns a rendered page into words; used for pages without a text layer.</summary>
public interface IOcrEngine
{
    /// <summary>Null when OCR tools are not installed.</summary>
    IReadOnlyList<SourceWord>? Recognize(string pdfPath, int pageNumber, double pageWidth, double pageHeight, CancellationToken cancellation);
}
