using Xunit.Abstractions;
using Xunit.Sdk;

namespace ArvexLab.Graph.Server.Tests.Infrastructure;

/// <summary>
/// A fact that runs against the test class's database fixture: on a class bound to
/// <see cref="PostgresTestDatabase"/> it is reported as skipped (with the reason) when no PostgreSQL is configured.
/// </summary>
[XunitTestCaseDiscoverer("ArvexLab.Graph.Server.Tests.Infrastructure.DataFactDiscoverer", "ArvexLab.Graph.Server.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DataFactAttribute : FactAttribute;

public sealed class DataFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var testClass = testMethod.TestClass.Class.ToRuntimeType();
        if (typeof(IClassFixture<PostgresTestDatabase>).IsAssignableFrom(testClass) && PostgresTestDatabase.SkipReason is { } reason)
        {
            return [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, reason)];
        }

        return [new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)];
    }
}
