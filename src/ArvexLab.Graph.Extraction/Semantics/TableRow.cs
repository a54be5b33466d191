using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>One logical table row: the text of each column and the lines it was read from.</summary>
public sealed class TableRow(int columnCount)
{
    public List<string>[] Cells { get; } = Enumerable.Range(0, columnCount).Select(_ => new List<string>()).ToArray();

    public List<TextLine> Lines { get; } = [];

    public Dictionary<TextLine, string?[]> LineCells { get; } = [];

    public Dictionary<TextLine, IReadOnlyList<string>> LineCriteria { get; } = [];

    public IReadOnlyList<string> GroupCriteria { get; set; } = [];

    public bool FromHeaderedPage { get; set; }

    public string Text(int column) => column < 0 ? string.Empty : TextNormal.Clean(string.Join(' ', Cells[column]));
}
