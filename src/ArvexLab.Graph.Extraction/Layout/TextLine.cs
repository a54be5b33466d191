using System.Runtime.CompilerServices;
using ArvexLab.Graph.Extraction.Model;
using ArvexLab.Graph.Extraction.Reading;

namespace ArvexLab.Graph.Extraction.Layout;

/// <summary>Words of one line separated by a gap wider than a word space: a cell or a column piece.</summary>
public sealed record TextSegment(IReadOnlyList<SourceWord> Words, BoundingBox Box)
{
    public string Text { get; } = string.Join(' ', Words.Select(w => w.Text));
}

/// <summary>A visual line of text on one page, left to right.</summary>
public sealed record TextLine(int Page, IReadOnlyList<SourceWord> Words, IReadOnlyList<TextSegment> Segments, BoundingBox Box)
{
    public string Text { get; } = string.Join(' ', Words.Select(w => w.Text));

    public double FontSize { get; } = Words.Count == 0 ? 0 : Words.Select(w => w.FontSize).OrderBy(s => s).ElementAt(Words.Count / 2);

    public bool Bold { get; } = Words.Count > 0 && Words.All(w => w.Bold);

    public Citation Citation => new(Page, Box);

    // A line is one place on one page, made once by the layout stage: identity is its equality. Structural
    // equality compared every member on each lookup and made table walking quadratic in practice.
    public bool Equals(TextLine? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    public override string ToString() => $"p{Page} [{Box.X0:0},{Box.Y0:0}] {Text}";
}

public sealed record LaidOutPage(int Number, double Width, double Height, IReadOnlyList<TextLine> Lines, IReadOnlyList<Ruling> Rulings);

public sealed record LaidOutDocument(IReadOnlyList<LaidOutPage> Pages)
{
    public IEnumerable<TextLine> Lines => Pages.SelectMany(p => p.Lines);
}

/// <summary>Layout stage: positioned words → lines, without running headers and footers.</summary>
public interface ILayoutAnalyzer
{
    LaidOutDocument Analyze(SourceDocument document);
}
