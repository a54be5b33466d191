using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>A word as PdfPig's default word extractor would report it, in PDF coordinates.</summary>
internal readonly record struct PageWord(string Text, PdfRectangle Box, TextOrientation Orientation, string? FontName, double PointSize);

/// <summary>What the reading stage takes from one page: its visible size, its words and its rulings (thin path boxes).</summary>
internal sealed record PageText(double Width, double Height, IReadOnlyList<PageWord> Words, IReadOnlyList<PdfRectangle> Rulings);
