namespace ArvexLab.Graph.Server.Features.Posture;

/// <summary>The standard as printed, whether the certificate gives "ISO/IEC 27001:2013" or "ISO/IEC 27001" and a separate version "2013".</summary>
public static class CertificateStandard
{
    public static string? Printed(string? standard, string? standardVersion) => standardVersion switch
    {
        null or "" => standard,
        _ when standard?.Contains(standardVersion, StringComparison.Ordinal) == true => standard,
        _ => $"{standard ?? "ISO/IEC 27001"}:{standardVersion}",
    };
}
