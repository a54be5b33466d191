using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Reading;

namespace ArvexLab.Graph.Extraction.Layout;

/// <summary>
/// Builds lines per page and drops page furniture: lines near the top or bottom edge whose text
/// (digits ignored) repeats on many pages — running titles, confidentiality notes, page numbers.
/// </summary>
public sealed partial class PageLayoutAnalyzer : ILayoutAnalyzer
{
    public LaidOutDocument Analyze(SourceDocument document)
    {
        // Lines of one page depend on that page alone, so long documents build them in parallel.
        var pages = document.Pages.Count >= ParallelFromPages
            ? document.Pages.AsParallel().AsOrdered().Select(Build).ToList()
            : document.Pages.Select(Build).ToList();

        var edgeCounts = new Dictionary<string, int>();
        var tableAbove = new Dictionary<string, int>();
        foreach (var (page, lines) in pages)
        {
            foreach (var key in lines.Where(l => InEdgeZone(l, page.Height)).Select(Key).Distinct())
            {
                edgeCounts[key] = edgeCounts.GetValueOrDefault(key) + 1;
            }

            foreach (var key in lines.Where(l => InTopZone(l, page.Height) && IsMultiColumn(l) && TableFollows(lines, l)).Select(Key).Distinct())
            {
                tableAbove[key] = tableAbove.GetValueOrDefault(key) + 1;
            }
        }

        // A repeated multi-column top line is a table header only where a table follows it on most of its pages;
        // a running header in two parts (title left, company right) also tops the pages of prose.
        var tableHeaders = tableAbove.Where(t => t.Value * 3 >= edgeCounts[t.Key] * 2).Select(t => t.Key).ToHashSet();

        var threshold = Math.Max(3, (int)Math.Ceiling(pages.Count * 0.3));
        var laidOut = pages.Select(x => new LaidOutPage(
            x.Page.Number,
            x.Page.Width,
            x.Page.Height,
            KeepContent(x.Lines, x.Page.Height, edgeCounts, tableHeaders, threshold),
            x.Page.Rulings)).ToList();
        return new LaidOutDocument(laidOut);
    }

    private const int ParallelFromPages = 16;

    private static (SourcePage Page, List<TextLine> Lines) Build(SourcePage page) => (page, LineBuilder.Build(page.Number, page.Words));

    // A line tight against a kept table-header line is a wrapped piece of that header, even when the
    // header repeats on every page like a running title.
    private static List<TextLine> KeepContent(List<TextLine> lines, double height, Dictionary<string, int> counts, HashSet<string> tableHeaders, int threshold)
    {
        var furniture = lines.Where(l => IsFurniture(l, height, counts, tableHeaders, threshold)).ToHashSet();
        var headers = lines.Where(l => !furniture.Contains(l) && InEdgeZone(l, height) && l.Segments.Count >= 2).ToList();
        return lines.Where(l => !furniture.Contains(l) || headers.Any(h => TightWith(l, h))).ToList();
    }

    private static bool TightWith(TextLine a, TextLine b) =>
        Math.Max(a.Box.Y0, b.Box.Y0) - Math.Min(a.Box.Y1, b.Box.Y1) < Math.Min(a.Box.Height, b.Box.Height);

    private static bool IsFurniture(TextLine line, double height, Dictionary<string, int> counts, HashSet<string> tableHeaders, int threshold)
    {
        if (!InEdgeZone(line, height))
        {
            return false;
        }

        // A repeated multi-column line at the top above a table is its header repeated on each page, not furniture;
        // at the bottom it is a footer ("Company | Report title    Page 6").
        if (InTopZone(line, height) && IsMultiColumn(line) && (tableHeaders.Contains(Key(line)) || counts.GetValueOrDefault(Key(line)) < threshold))
        {
            return false;
        }

        return counts.GetValueOrDefault(Key(line)) >= threshold || PageNumber().IsMatch(line.Text) && line.Box.Y0 > height * 0.85;
    }

    private static bool InTopZone(TextLine line, double height) => line.Box.Y1 < height * 0.13;

    private static bool IsMultiColumn(TextLine line) => line.Segments.Count(s => s.Words.Count >= 2) >= 2;

    // Within the next few lines below it (past its own wrapped pieces), a line in several columns.
    private static bool TableFollows(List<TextLine> lines, TextLine top) =>
        lines.Where(l => l.Box.Y0 > top.Box.Y1 && !TightWith(l, top)).OrderBy(l => l.Box.Y0).Take(3).Any(l => l.Segments.Count >= 2);

    private static bool InEdgeZone(TextLine line, double height) => line.Box.Y1 < height * 0.13 || line.Box.Y0 > height * 0.87;

    private static string Key(TextLine line) => Digits().Replace(line.Text.ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\s*(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PageNumber();
}
