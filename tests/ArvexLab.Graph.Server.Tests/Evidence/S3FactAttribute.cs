namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>
/// A fact that needs a real S3-compatible server, named by <c>ARVEX_TEST_S3</c> (an endpoint URL; start a local one
/// with <c>export ARVEX_TEST_S3="$(bash tests/ArvexLab.Graph.Server.Tests/Evidence/Tools/s3rver.sh)"</c>). Skipped,
/// with that reason, when it is not set.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class S3FactAttribute : FactAttribute
{
    public const string EndpointVariable = "ARVEX_TEST_S3";

    public S3FactAttribute()
    {
        if (Endpoint is null)
        {
            Skip = $"{EndpointVariable} is not set: S3 blob store tests skipped (export {EndpointVariable}=\"$(bash tests/ArvexLab.Graph.Server.Tests/Evidence/Tools/s3rver.sh)\").";
        }
    }

    public static string? Endpoint => Environment.GetEnvironmentVariable(EndpointVariable) is { Length: > 0 } url ? url : null;

    /// <summary>s3rver's fixed development credentials; override with ARVEX_TEST_S3_ACCESS_KEY / _SECRET_KEY for another server.</summary>
    public static (string AccessKey, string SecretKey) Credentials =>
        (Environment.GetEnvironmentVariable("ARVEX_TEST_S3_ACCESS_KEY") ?? "S3RVER", Environment.GetEnvironmentVariable("ARVEX_TEST_S3_SECRET_KEY") ?? "S3RVER");
}
