using System.Text.Json;
using ArvexLab.Graph.Extraction.Accuracy;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Tests.Real;

/// <summary>
/// The six real documents (by path, never copied) extract what their expected files in <c>Fixtures/real</c> say:
/// kind, page count, every field (never a wrong value), every control, exception, CUEC and subservice organization
/// with its details, each cited on a page that prints it.
/// </summary>
public sealed class RealDocumentTests
{
    public static TheoryData<string> Names() => RealDocuments.Names();

    [RealCorpusTheory]
    [MemberData(nameof(Names))]
    public void Real_document_has_its_kind_page_count_and_every_expected_field(string name)
    {
        var (expected, actual) = (RealDocuments.Expected(name), RealDocuments.Actual(name));
        var score = AccuracyScorer.Score(expected, actual, name);

        Assert.Equal(expected.GetProperty("kind").GetString(), actual.GetProperty("kind").GetString());
        Assert.Equal(expected.GetProperty("pageCount").GetInt32(), actual.GetProperty("pageCount").GetInt32());
        Assert.True(score.WrongFields.Count == 0, string.Join("\n", score.FieldMisses));
        if (!RealDocuments.RequiresOcr(name))
        {
            // A text layer holds every field; only a scan may lose one (an accreditation mark OCR cannot read).
            Assert.True(score.AbsentFields.Count == 0, string.Join("\n", score.FieldMisses));
        }
    }

    [RealCorpusTheory]
    [MemberData(nameof(Names))]
    public void Real_document_extracts_every_expected_item_and_nothing_else(string name)
    {
        var (expected, actual) = (RealDocuments.Expected(name), RealDocuments.Actual(name));

        foreach (var list in AccuracyReport.ListNames)
        {
            var got = actual.GetProperty(list).EnumerateArray().ToList();
            var pairs = FindingMatch.Pair(expected.GetProperty(list), got, FindingMatch.ForList(list));
            var missing = pairs.Where(p => p.Actual is null).Select(p => p.Expected.GetRawText()).ToList();
            Assert.True(missing.Count == 0, $"{name}: {list} not extracted:\n{string.Join("\n", missing)}");
            Assert.True(got.Count == pairs.Count, $"{name}: {got.Count} {list} extracted, {pairs.Count} expected");
            Assert.All(pairs, p => AssertDetails(list, p.Expected, p.Actual!.Value));
            if (list == "controls")
            {
                // Every control with exactly the criteria it is printed under.
                var criteria = pairs.Where(p => !FindingMatch.SameSet(p.Expected, p.Actual!.Value, "criteria")).Select(p => $"{p.Expected.GetRawText()}\nextracted {p.Actual!.Value.GetRawText()}").ToList();
                Assert.True(criteria.Count == 0, $"{name}: controls with other criteria:\n{string.Join("\n", criteria)}");
            }
        }
    }

    [RealCorpusTheory]
    [MemberData(nameof(Names))]
    public void Real_document_findings_cite_a_page_that_prints_them(string name)
    {
        var actual = RealDocuments.Actual(name);
        var pages = new CitedPages(RealDocuments.Pdf(name), actual.GetProperty("pageCount").GetInt32(), RealDocuments.RequiresOcr(name));

        foreach (var field in actual.GetProperty("fields").EnumerateObject())
        {
            pages.AssertCites(field.Name, field.Value, CitedPages.Verbatim(field.Name) ? field.Value.GetProperty("value").GetString() : null);
        }

        foreach (var (list, text) in new[] { ("controls", "description"), ("exceptions", "description"), ("cuecs", "description"), ("subserviceOrganizations", "name") })
        {
            foreach (var item in actual.GetProperty(list).EnumerateArray())
            {
                pages.AssertCites(list, item, FindingMatch.Str(item, text));
            }
        }
    }

    [RealCorpusFact]
    public void The_real_documents_meet_the_issue_thresholds()
    {
        var report = AccuracyScorer.ScoreFolder(RealDocuments.Folder, new ExtractionOptions());

        Assert.Equal(6, report.Documents.Count);
        Assert.Equal(1.0, report.KindAccuracy);
        Assert.True(report.FieldAccuracy >= 0.95, string.Join("\n", report.Documents.SelectMany(d => d.FieldMisses)));
        Assert.Equal(1.0, report.Total("exceptions").F1);
        Assert.True(report.Total("cuecs").F1 >= 0.9, "CUECs F1 " + report.Total("cuecs").F1);
    }

    /// <summary>What the list rule does not compare: a control's result (null for Type I) and text, an exception's
    /// criteria and management response, a subservice organization's method.</summary>
    private static void AssertDetails(string list, JsonElement e, JsonElement a)
    {
        var what = $"{list}: expected {e.GetRawText()}\nextracted {a.GetRawText()}";
        switch (list)
        {
            case "controls":
                Assert.True(FindingMatch.Str(e, "result") == FindingMatch.Str(a, "result"), what);
                Assert.True(FindingMatch.SameText(FindingMatch.Str(e, "description"), FindingMatch.Str(a, "description")), what);
                break;
            case "exceptions":
                Assert.True(FindingMatch.SameSet(e, a, "criteria"), what);
                Assert.True(FindingMatch.SameText(FindingMatch.Str(e, "managementResponse"), FindingMatch.Str(a, "managementResponse")), what);
                break;
            case "subserviceOrganizations":
                Assert.True(FindingMatch.Str(e, "method") == FindingMatch.Str(a, "method"), what);
                break;
        }
    }
}
