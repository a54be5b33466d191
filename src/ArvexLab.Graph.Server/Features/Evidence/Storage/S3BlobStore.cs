using System.Net;
using System.Security.Cryptography;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace ArvexLab.Graph.Server.Features.Evidence.Storage;

/// <summary>
/// Blobs as objects in an S3-compatible bucket under <c>{prefix}ab/abcd…</c>, for deployments whose nodes share no
/// disk. The upload is spooled to a local temp file first (the key is its hash, known only at the end), sent with its
/// SHA-256 so the service verifies what it stored, and skipped when the object is already there. Reads verify the hash.
/// </summary>
public sealed class S3BlobStore : IBlobStore, IDisposable
{
    private readonly IAmazonS3 client;
    private readonly S3StorageSettings settings;

    public S3BlobStore(S3StorageSettings settings)
        : this(CreateClient(settings), settings)
    {
    }

    public S3BlobStore(IAmazonS3 client, S3StorageSettings settings)
    {
        this.client = client;
        this.settings = settings;
    }

    public static AmazonS3Client CreateClient(S3StorageSettings settings)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = settings.ForcePathStyle,
            // Only what S3 requires: self-hosted S3-compatible servers often reject the newer trailing checksums.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (settings.ServiceUrl is { } url)
        {
            config.ServiceURL = url;
            config.AuthenticationRegion = settings.Region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(settings.Region);
        }

        return settings.AccessKey is { } key
            ? new AmazonS3Client(new BasicAWSCredentials(key, settings.SecretKey), config)
            : new AmazonS3Client(config);
    }

    public string KeyOf(string sha256) => $"{settings.Prefix}{sha256[..2]}/{BlobKey.Require(sha256)}";

    public async Task<BlobInfo> PutAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var temp = Path.Combine(Path.GetTempPath(), "arvex-s3-" + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            byte[] hash;
            long size;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            using (var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                size = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hasher.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }

                hash = hasher.GetHashAndReset();
            }

            var sha256 = Convert.ToHexStringLower(hash);
            if (!await ExistsAsync(sha256, cancellationToken))
            {
                await client.PutObjectAsync(new PutObjectRequest
                {
                    BucketName = settings.Bucket,
                    Key = KeyOf(sha256),
                    FilePath = temp,
                    ContentType = "application/octet-stream",
                    ChecksumSHA256 = Convert.ToBase64String(hash),
                    UseChunkEncoding = false,
                }, cancellationToken);
            }

            return new BlobInfo(sha256, size);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public async Task<Stream> OpenReadAsync(string sha256, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await client.GetObjectAsync(settings.Bucket, KeyOf(sha256), cancellationToken);
            return new HashVerifyingStream(response.ResponseStream, sha256);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            throw new BlobIntegrityException($"Blob {sha256} is missing from bucket {settings.Bucket}.");
        }
    }

    public async Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken = default)
    {
        try
        {
            await client.GetObjectMetadataAsync(settings.Bucket, KeyOf(sha256), cancellationToken);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public void Dispose() => client.Dispose();
}
