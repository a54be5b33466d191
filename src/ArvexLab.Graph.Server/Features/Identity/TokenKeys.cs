using System.Security.Cryptography.X509Certificates;

namespace ArvexLab.Graph.Server.Features.Identity;

/// <summary>
/// Where the token signing and encryption keys come from. Production must bring its own
/// certificates (a restart must not invalidate every token, and several nodes must agree);
/// elsewhere development certificates or in-memory keys are fine.
/// </summary>
internal static class TokenKeys
{
    public static void Configure(OpenIddictServerBuilder server, IConfiguration configuration, IHostEnvironment environment)
    {
        var signing = Load(configuration.GetSection("Identity:SigningCertificate"));
        var encryption = Load(configuration.GetSection("Identity:EncryptionCertificate"));
        if (signing is not null && encryption is not null)
        {
            server.AddSigningCertificate(signing).AddEncryptionCertificate(encryption);
            return;
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Token certificates are missing. In Production set Identity:SigningCertificate:Path and " +
                "Identity:EncryptionCertificate:Path (PKCS#12 files, with :Password when protected). " +
                "Development keys are refused outside Development.");
        }

        // Tests start many hosts at once; in-memory keys avoid them racing on the certificate store.
        if (configuration.GetValue<bool>("Identity:EphemeralKeys"))
        {
            server.AddEphemeralSigningKey().AddEphemeralEncryptionKey();
            return;
        }

        server.AddDevelopmentSigningCertificate().AddDevelopmentEncryptionCertificate();
    }

    private static X509Certificate2? Load(IConfigurationSection section)
    {
        var path = section["Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Token certificate file '{path}' ({section.Path}:Path) does not exist.");
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, section["Password"], X509KeyStorageFlags.EphemeralKeySet);
    }
}
