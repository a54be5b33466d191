using ArvexLab.Graph.Extraction.Layout;
using ArvexLab.Graph.Extraction.Model;
using ArvexLab.Graph.Extraction.Reading;

namespace ArvexLab.Graph.Extraction.Tests.Layout;

/// <summary>What the layout stage drops as page furniture and what it keeps as content.</summary>
public sealed class PageFurnitureTests
{
    [Fact]
    public void A_running_header_in_two_parts_is_dropped_but_a_table_header_repeated_on_every_page_is_kept()
    {
        // Eight pages under a left/right running header: four of prose, four of a table whose header repeats.
        var pages = Enumerable.Range(1, 8).Select(n =>
        {
            var words = new List<SourceWord>();
            Run(words, 20, 50, "Acme Cloud, Inc.");
            Run(words, 20, 420, "SOC 2 Type II Report");
            var y = 60.0;
            if (n > 4)
            {
                Run(words, y, 50, "Control Description");
                Run(words, y, 300, "Tests Performed");
                y += 20;
            }

            for (var i = 0; i < 12; i++, y += 14)
            {
                // Each page's text differs in its letters, not only its digits, as real pages do.
                Run(words, y, 50, $"Sentence {i} of page {(char)('a' + n)} about the system");
                if (n > 4)
                {
                    Run(words, y, 300, $"Inspected record {(char)('a' + i)}");
                }
            }

            return new SourcePage(n, 612, 792, words, []);
        }).ToList();

        var laidOut = new PageLayoutAnalyzer().Analyze(new SourceDocument(pages, []));

        Assert.DoesNotContain(laidOut.Lines, l => l.Text.Contains("SOC 2 Type II Report", StringComparison.Ordinal));
        Assert.Equal(4, laidOut.Lines.Count(l => l.Text == "Control Description Tests Performed"));
        Assert.Equal(96, laidOut.Lines.Count(l => l.Text.StartsWith("Sentence", StringComparison.Ordinal)));
    }

    private static void Run(List<SourceWord> words, double y, double x, string text)
    {
        foreach (var word in text.Split(' '))
        {
            var width = word.Length * 5.0;
            words.Add(new SourceWord(word, new BoundingBox(x, y, x + width, y + 9), 10, false));
            x += width + 3;
        }
    }
}
