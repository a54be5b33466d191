using System.Text;
using ArvexLab.Graph.Extraction.Layout;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Lines joined into one searchable string (a space between lines, hyphen-free) that maps any
/// match back to the lines, pages and boxes it came from, so every regex hit can be cited.
/// </summary>
public sealed class TextFlow
{
    private readonly List<int> starts = [];

    public TextFlow(IReadOnlyList<TextLine> lines)
    {
        Lines = lines;
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            starts.Add(text.Length);
            text.Append(line.Text).Append(' ');
        }

        Text = text.ToString();
    }

    public IReadOnlyList<TextLine> Lines { get; }

    public string Text { get; }

    public int LineIndexAt(int offset)
    {
        var index = starts.BinarySearch(offset);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }

    /// <summary>The box of the lines a match spans, on the page where it starts.</summary>
    public Citation? Cite(int offset, int length)
    {
        if (Lines.Count == 0)
        {
            return null;
        }

        var first = LineIndexAt(offset);
        var last = LineIndexAt(offset + Math.Max(0, length - 1));
        var page = Lines[first].Page;
        var box = BoundingBox.UnionAll(Lines.Skip(first).Take(last - first + 1).Where(l => l.Page == page).Select(l => l.Box));
        return box is { } b ? new Citation(page, b) : null;
    }
}
