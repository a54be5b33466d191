using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// A management responses table ("Control | Criteria | Exception Noted | Management's Response"):
/// cells are read by the header cells' positions and rows are separated by the extra space
/// between table rows, so each restated exception keeps its own response.
/// </summary>
public static partial class ResponseTable
{
    public static List<RestatedException> Read(DocumentContext context)
    {
        var entries = new List<RestatedException>();
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var header = lines[i];
            var cells = header.Segments;
            var response = IndexOf(cells, ResponseHeader());
            var exception = IndexOf(cells, ExceptionHeader());
            if (cells.Count < 2 || response < 0 || exception < 0 || exception == response)
            {
                continue;
            }

            var reference = IndexOf(cells, RefHeader());
            var criteria = IndexOf(cells, CriteriaHeader());
            var starts = cells.Select(c => c.Box.X0 - 4).ToList();
            foreach (var row in Rows(lines, i + 1, header, starts))
            {
                string Cell(int c) => c < 0 ? string.Empty : TextNormal.Clean(string.Join(' ', row.Cells[c]));
                var answer = Cell(response);
                var text = ExceptionText.StripLabel(Cell(exception));
                if (answer.Length == 0 || text.Length == 0)
                {
                    continue;
                }

                var refText = reference == criteria ? string.Empty : Cell(reference);
                entries.Add(new RestatedException(refText.Length > 0 ? refText : null, ReferencePatterns.Criteria(Cell(criteria)), text, answer, row.Index));
            }
        }

        return entries;
    }

    private static List<(List<string>[] Cells, int Index)> Rows(IReadOnlyList<TextLine> lines, int from, TextLine header, List<double> starts)
    {
        var rows = new List<(List<string>[] Cells, int Index)>();
        TextLine? previous = null;
        for (var k = from; k < lines.Count; k++)
        {
            var line = lines[k];
            if (GapRows.Ends(header, previous, line))
            {
                break;
            }

            if (rows.Count == 0 || GapRows.Opens(previous, line))
            {
                rows.Add((starts.Select(_ => new List<string>()).ToArray(), k));
            }

            foreach (var word in line.Words)
            {
                var column = starts.FindLastIndex(x => word.Box.X0 >= x);
                rows[^1].Cells[Math.Max(0, column)].Add(word.Text);
            }

            previous = line;
        }

        return rows;
    }

    private static int IndexOf(IReadOnlyList<TextSegment> cells, Regex pattern)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (pattern.IsMatch(cells[i].Text))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"response|comment|remediation|action plan", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ResponseHeader();

    [GeneratedRegex(@"^(?:exceptions?|deviations?|results?|findings?)\b(?!.*response)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ExceptionHeader();

    [GeneratedRegex(@"^(?:control\s*(?:#|no\.?|id|ref)?|ref\.?|no\.|#|id)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex RefHeader();

    [GeneratedRegex(@"criteri|\bTSC\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CriteriaHeader();
}
