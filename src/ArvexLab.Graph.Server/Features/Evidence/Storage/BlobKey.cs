namespace ArvexLab.Graph.Server.Features.Evidence.Storage;

/// <summary>Validation of content addresses, so a key can never be used to reach outside the store.</summary>
internal static class BlobKey
{
    public static string Require(string sha256)
    {
        if (sha256 is not { Length: 64 } || !sha256.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f')))
        {
            throw new ArgumentException("A blob key is 64 lower-case hex characters (SHA-256).", nameof(sha256));
        }

        return sha256;
    }
}
