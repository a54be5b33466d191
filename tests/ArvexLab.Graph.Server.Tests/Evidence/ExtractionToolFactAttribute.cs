using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>
/// A fact that runs the real arvex-extract tool, found as the server finds it (beside the server or in
/// src/ArvexLab.Graph.Extract/bin), or the build named by <c>ARVEX_EXTRACT_TOOL</c>. Reported as skipped, with the
/// reason, when the tool has not been built.
/// </summary>
[XunitTestCaseDiscoverer("ArvexLab.Graph.Server.Tests.Evidence.ExtractionToolFactDiscoverer", "ArvexLab.Graph.Server.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ExtractionToolFactAttribute : FactAttribute
{
    /// <summary>The tool to test: <c>ARVEX_EXTRACT_TOOL</c> when set, else null (the server's default lookup).</summary>
    public static string? ToolPath => Environment.GetEnvironmentVariable("ARVEX_EXTRACT_TOOL") is { Length: > 0 } path ? path : null;
}

public sealed class ExtractionToolFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        try
        {
            ExtractionToolCommand.Resolve(ExtractionToolFactAttribute.ToolPath);
        }
        catch (FileNotFoundException e)
        {
            return [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, "arvex-extract is not built: " + e.Message)];
        }

        return [new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)];
    }
}
