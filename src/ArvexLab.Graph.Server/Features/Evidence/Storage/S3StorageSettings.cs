namespace ArvexLab.Graph.Server.Features.Evidence.Storage;

/// <summary>
/// Where an S3-compatible blob store keeps evidence (section <c>Storage:S3</c>). Without keys the AWS default
/// credential chain applies (environment, profile, instance role), which is what production on AWS should use.
/// </summary>
public sealed record S3StorageSettings
{
    /// <summary>Endpoint of an S3-compatible service (MinIO, Ceph, R2…); null for AWS S3 in <see cref="Region"/>.</summary>
    public string? ServiceUrl { get; init; }

    public string Region { get; init; } = "us-east-1";

    public required string Bucket { get; init; }

    /// <summary>Key prefix inside the bucket, so one bucket can hold several deployments.</summary>
    public string Prefix { get; init; } = "evidence/";

    public string? AccessKey { get; init; }

    public string? SecretKey { get; init; }

    /// <summary>Path-style URLs (<c>host/bucket/key</c>), which most self-hosted S3-compatible servers need.</summary>
    public bool ForcePathStyle { get; init; } = true;

    public static S3StorageSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Storage:S3");
        var bucket = section["Bucket"];
        if (string.IsNullOrWhiteSpace(bucket))
        {
            throw new InvalidOperationException("Storage:Provider is S3 but Storage:S3:Bucket is not set.");
        }

        var accessKey = section["AccessKey"] is { Length: > 0 } key ? key : null;
        var secretKey = section["SecretKey"] is { Length: > 0 } secret ? secret : null;
        if ((accessKey is null) != (secretKey is null))
        {
            throw new InvalidOperationException("Storage:S3:AccessKey and Storage:S3:SecretKey go together (or neither, for the default AWS credentials).");
        }

        var defaults = new S3StorageSettings { Bucket = bucket };
        return defaults with
        {
            ServiceUrl = section["ServiceUrl"] is { Length: > 0 } url ? url : null,
            Region = section["Region"] is { Length: > 0 } region ? region : defaults.Region,
            Prefix = section["Prefix"] ?? defaults.Prefix,
            AccessKey = accessKey,
            SecretKey = secretKey,
            ForcePathStyle = section.GetValue("ForcePathStyle", defaults.ForcePathStyle),
        };
    }
}
