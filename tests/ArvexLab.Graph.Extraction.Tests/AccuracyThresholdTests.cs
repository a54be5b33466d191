using ArvexLab.Graph.Extraction.Accuracy;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Tests;

/// <summary>The scorer over the fixture corpus (generated + real expected files).</summary>
public sealed class AccuracyThresholdTests
{
    private static readonly Lazy<AccuracyReport> Report = new(() => AccuracyScorer.ScoreFolder(RepositoryPaths.Fixtures, new ExtractionOptions()));

    [Fact]
    public void Every_fixture_document_is_classified_correctly()
    {
        Assert.True(Directory.Exists(RepositoryPaths.Fixtures), "fixture corpus missing: " + RepositoryPaths.Fixtures);
        Assert.Equal(1.0, Report.Value.KindAccuracy);
    }

    [Fact]
    public void Fixture_corpus_meets_the_issue_thresholds()
    {
        var r = Report.Value;
        Assert.True(r.Total("controls").F1 >= 0.97, "controls F1 " + r.Total("controls").F1);
        Assert.True(r.Total("exceptions").F1 >= 0.95, "exceptions F1 " + r.Total("exceptions").F1);
        Assert.True(r.Total("cuecs").F1 >= 0.9, "CUECs F1 " + r.Total("cuecs").F1);
        Assert.True(r.FieldAccuracy >= 0.95, "fields " + r.FieldAccuracy);
    }

    [Fact]
    public void Items_with_confidence_of_at_least_0_9_are_right_97_percent_of_the_time_and_wrong_items_sit_below_0_6()
    {
        var r = Report.Value;
        Assert.True(r.Calibration()[^1].Accuracy >= 0.97, ">=0.9 right " + r.Calibration()[^1].Accuracy);
        Assert.True(r.WrongBelowSixty() >= 0.5, "wrong items below 0.6: " + r.WrongBelowSixty());
    }
}
