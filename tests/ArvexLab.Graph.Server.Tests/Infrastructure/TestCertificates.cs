using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ArvexLab.Graph.Server.Tests.Infrastructure;

/// <summary>Self-signed token signing and encryption certificates (PKCS#12 files), made once per test run, for Production hosts.</summary>
public static class TestCertificates
{
    private static readonly Lazy<(string Signing, string Encryption)> Files = new(Create);

    public static IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Identity:SigningCertificate:Path"] = Files.Value.Signing,
        ["Identity:EncryptionCertificate:Path"] = Files.Value.Encryption,
    };

    private static (string, string) Create()
    {
        var folder = Directory.CreateTempSubdirectory("arvex-test-certs-").FullName;
        return (Write(folder, "signing", X509KeyUsageFlags.DigitalSignature), Write(folder, "encryption", X509KeyUsageFlags.KeyEncipherment));
    }

    private static string Write(string folder, string name, X509KeyUsageFlags usage)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN=ArvexLab test {name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx));
        return path;
    }
}
