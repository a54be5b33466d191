using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>The runner with the real extraction tool (default location) on the real documents beside the repository.</summary>
public sealed class RealExtractionToolTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("arvex-real-tool-");
    private readonly ExtractionProcessRunner runner = new(new ExtractionSettings { ToolPath = ExtractionToolFactAttribute.ToolPath }, NullLogger<ExtractionProcessRunner>.Instance);

    [ExtractionToolFact]
    public async Task The_real_tool_extracts_a_real_SOC2_type_II_report_into_the_contract_the_server_reads()
    {
        var result = await runner.RunAsync(Path.Combine(RepositoryRoot.RealCorpus, "synadia_soc2_type2.pdf"), CancellationToken.None);

        Assert.Null(result.Failure);
        Assert.Equal("SOC2_TYPE_II", result.Output!.Kind);
        Assert.True(result.Output.PageCount > 10);
        Assert.NotEmpty(result.Output.Controls);
        Assert.All(result.Output.Controls, c => Assert.InRange(c.Confidence, 0, 1));
    }

    [ExtractionToolFact]
    public async Task A_truncated_real_pdf_is_rejected_as_CORRUPT_PDF()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.RealCorpus, "tembo_soc2_type1.pdf"));
        var truncated = Path.Combine(folder.FullName, "truncated.pdf");
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 3)]);

        var result = await runner.RunAsync(truncated, CancellationToken.None);

        // Cut to a third, the file has lost its end (%%EOF): the reader refuses it rather than
        // recovering a partial document.
        Assert.Null(result.Output);
        Assert.Equal(("CORRUPT_PDF", false), (result.Failure!.Code, result.Failure.Retryable));
    }

    public void Dispose() => folder.Delete(recursive: true);
}
