using ArvexLab.Graph.Extraction.Accuracy;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Tests;

/// <summary>The six real documents (by path, never copied) extract their key fields, exceptions and CUECs.</summary>
public sealed class RealDocumentTests
{
    private static ExtractionResult Extract(string name)
    {
        using var stream = File.OpenRead(RepositoryPaths.Real(name));
        return EvidenceExtractor.Extract(stream, new ExtractionOptions());
    }

    [RealCorpusFact]
    public void Rapidreconciler_type_II_has_two_exceptions_with_management_responses()
    {
        var result = Extract("rapidreconciler_soc2_type2.pdf");

        Assert.Equal(DocumentKind.Soc2TypeII, result.Kind);
        Assert.Equal(new DateOnly(2025, 3, 31), result.Fields["periodEnd"].Value);
        Assert.Equal("UHY LLP", result.Fields["auditor"].Value);
        Assert.Equal(2, result.Exceptions.Count);
        Assert.Contains(result.Exceptions, e => e.Criteria.Contains("CC6.2") && e.ManagementResponse!.Contains("intern", StringComparison.Ordinal));
        Assert.Contains(result.Exceptions, e => e.Criteria.Contains("CC6.6") && e.ManagementResponse!.Contains("TLS", StringComparison.Ordinal));
        Assert.Contains(result.Controls, c => c.Result == ControlResult.NotTested);
    }

    [RealCorpusFact]
    public void Tembo_type_I_has_an_as_of_date_and_ref_numbered_controls_without_results()
    {
        var result = Extract("tembo_soc2_type1.pdf");

        Assert.Equal(DocumentKind.Soc2TypeI, result.Kind);
        Assert.Equal(new DateOnly(2023, 11, 30), result.Fields["asOfDate"].Value);
        Assert.Contains(result.Controls, c => c.Ref == "CC1.1.4" && c.Description.StartsWith("Tembo requires its contractors", StringComparison.Ordinal));
        Assert.All(result.Controls, c => Assert.Null(c.Result));
        Assert.Equal(8, result.Cuecs.Count);
    }

    [RealCorpusFact]
    public void The_real_documents_meet_their_expected_files()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "ArvexLab.Graph.Extraction.Tests", "Dev");
        var report = AccuracyScorer.ScoreFolder(folder, new ExtractionOptions());

        Assert.Equal(1.0, report.KindAccuracy);
        Assert.True(report.FieldAccuracy >= 0.95, string.Join("\n", report.Documents.SelectMany(d => d.FieldMisses)));
        Assert.Equal(1.0, report.Total("exceptions").F1);
        Assert.True(report.Total("cuecs").F1 >= 0.9);
    }
}
