using System.Security.Cryptography;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Features.Evidence.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>The S3 blob store against a real local S3-compatible server, and its configuration.</summary>
public sealed class S3BlobStoreTests : IAsyncLifetime
{
    private readonly string bucket = "arvex-test-" + Guid.NewGuid().ToString("N")[..12];
    private S3BlobStore? store;
    private AmazonS3Client? client;

    private S3StorageSettings Settings => new()
    {
        ServiceUrl = S3FactAttribute.Endpoint,
        Bucket = bucket,
        AccessKey = S3FactAttribute.Credentials.AccessKey,
        SecretKey = S3FactAttribute.Credentials.SecretKey,
    };

    public async Task InitializeAsync()
    {
        if (S3FactAttribute.Endpoint is null)
        {
            return;
        }

        client = S3BlobStore.CreateClient(Settings);
        await client.PutBucketAsync(bucket);
        store = new S3BlobStore(Settings);
    }

    public Task DisposeAsync()
    {
        store?.Dispose();
        client?.Dispose();
        return Task.CompletedTask;
    }

    [S3Fact]
    public async Task A_stored_file_is_read_back_by_its_hash_and_storing_it_again_is_a_no_op()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7 s3 round trip " + Guid.NewGuid());
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var first = await store!.PutAsync(new MemoryStream(bytes));
        var second = await store.PutAsync(new MemoryStream(bytes));

        Assert.Equal(new BlobInfo(sha256, bytes.Length), first);
        Assert.Equal(first, second);
        Assert.True(await store.ExistsAsync(sha256));
        Assert.Equal("evidence/" + sha256[..2] + "/" + sha256, store.KeyOf(sha256));
        using var target = new MemoryStream();
        await using (var read = await store.OpenReadAsync(sha256))
        {
            await read.CopyToAsync(target);
        }

        Assert.Equal(bytes, target.ToArray());
    }

    [S3Fact]
    public async Task An_object_changed_in_the_bucket_fails_verification_and_a_missing_one_is_reported()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7 s3 tamper " + Guid.NewGuid());
        var blob = await store!.PutAsync(new MemoryStream(bytes));
        await client!.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = store.KeyOf(blob.Sha256), ContentBody = "%PDF-1.7 something else", UseChunkEncoding = false });

        await Assert.ThrowsAsync<BlobIntegrityException>(async () =>
        {
            await using var read = await store.OpenReadAsync(blob.Sha256);
            await read.CopyToAsync(Stream.Null);
        });
        Assert.False(await store.ExistsAsync(new string('0', 64)));
        await Assert.ThrowsAsync<BlobIntegrityException>(() => store.OpenReadAsync(new string('0', 64)));
    }

    [Fact]
    public void Storage_provider_S3_reads_its_settings_and_refuses_incomplete_ones()
    {
        var data = Path.Combine(Path.GetTempPath(), "arvex-s3-wiring-" + Guid.NewGuid().ToString("N"));
        using var provider = Build(new()
        {
            ["Data:Directory"] = data,
            ["Storage:Provider"] = "S3",
            ["Storage:S3:ServiceUrl"] = "http://127.0.0.1:1",
            ["Storage:S3:Bucket"] = "evidence",
            ["Storage:S3:Prefix"] = "prod/",
            ["Storage:S3:AccessKey"] = "key",
            ["Storage:S3:SecretKey"] = "secret",
        });

        var store = Assert.IsType<S3BlobStore>(provider.GetRequiredService<IBlobStore>());
        Assert.Equal("prod/ab/" + "ab" + new string('c', 62), store.KeyOf("ab" + new string('c', 62)));
        Assert.Throws<InvalidOperationException>(() => Build(new() { ["Storage:Provider"] = "S3" }));
        Assert.Throws<InvalidOperationException>(() => Build(new() { ["Storage:Provider"] = "S3", ["Storage:S3:Bucket"] = "b", ["Storage:S3:AccessKey"] = "only-a-key" }));
        Assert.Throws<ArgumentException>(() => store.KeyOf("../../etc/passwd"));
    }

    [Fact]
    public async Task Requests_are_signed_with_AWS_signature_version_4_for_the_configured_region()
    {
        // A local listener stands in for the service: it records what the SDK sends and answers 404.
        using var listener = new System.Net.HttpListener();
        var port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var received = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            var request = (context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], context.Request.Headers["x-amz-content-sha256"]);
            context.Response.StatusCode = 404;
            context.Response.Close();
            return request;
        });
        using var signed = new S3BlobStore(new S3StorageSettings
        {
            ServiceUrl = $"http://127.0.0.1:{port}",
            Region = "eu-central-1",
            Bucket = "evidence",
            AccessKey = "AKIDEXAMPLE",
            SecretKey = "secret",
        });

        var sha256 = new string('e', 64);
        Assert.False(await signed.ExistsAsync(sha256));

        var (path, authorization, contentHash) = await received;
        Assert.Equal($"/evidence/evidence/ee/{sha256}", path);
        Assert.Matches(@"^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\d{8}/eu-central-1/s3/aws4_request, SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*, Signature=[0-9a-f]{64}$", authorization);
        Assert.NotNull(contentHash);
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        socket.Start();
        return ((System.Net.IPEndPoint)socket.LocalEndpoint).Port;
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddGraphData(configuration, Path.GetTempPath());
        services.AddEvidencePipeline(configuration);
        return services.BuildServiceProvider();
    }
}
