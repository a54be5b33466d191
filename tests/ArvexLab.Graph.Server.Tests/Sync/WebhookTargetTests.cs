using ArvexLab.Graph.Server.Features.Sync.Webhooks;

namespace ArvexLab.Graph.Server.Tests.Sync;

/// <summary>SSRF protection: what a subscription may point at, and what the dispatcher may connect to.</summary>
public sealed class WebhookTargetTests
{
    private static readonly WebhookSettings Strict = new(AllowPrivateTargets: false, DispatcherEnabled: false, TimeSpan.FromSeconds(1),
        TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), MaxAttempts: 3, DisableAfterFailures: 3, Timeout: TimeSpan.FromSeconds(5), BatchSize: 10);

    [Theory]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://localhost/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://172.20.0.1/hook")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://100.64.0.1/hook")]
    [InlineData("https://0.0.0.0/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[fe80::1]/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://[::ffff:127.0.0.1]/hook")]
    [InlineData("http://93.184.216.34/hook")]
    [InlineData("ftp://93.184.216.34/hook")]
    [InlineData("https://user:pw@93.184.216.34/hook")]
    [InlineData("not a url")]
    public async Task Non_public_or_non_https_targets_are_rejected(string url)
        => Assert.NotNull(await new WebhookTargetPolicy(Strict).CheckUrlAsync(url, CancellationToken.None));

    [Theory]
    [InlineData("https://93.184.216.34/hook")]
    [InlineData("https://[2606:4700::1111]/hook")]
    public async Task Public_https_targets_are_accepted(string url)
        => Assert.Null(await new WebhookTargetPolicy(Strict).CheckUrlAsync(url, CancellationToken.None));

    [Fact]
    public async Task Private_targets_are_accepted_when_configured()
        => Assert.Null(await new WebhookTargetPolicy(Strict with { AllowPrivateTargets = true }).CheckUrlAsync("http://127.0.0.1:9/hook", CancellationToken.None));

    [Fact]
    public async Task The_dispatcher_does_not_connect_to_a_loopback_receiver_when_private_targets_are_not_allowed()
    {
        await using var receiver = new WebhookReceiver();
        using var sender = new WebhookSender(new WebhookTargetPolicy(Strict), Strict);

        var attempt = await sender.SendAsync(receiver.Url, "whsec_x", "evt_1", "CHANGE", "{}", DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.False(attempt.Succeeded);
        Assert.Null(attempt.StatusCode);
        Assert.Empty(receiver.Requests);

        using var allowed = new WebhookSender(new WebhookTargetPolicy(Strict with { AllowPrivateTargets = true }), Strict);
        Assert.True((await allowed.SendAsync(receiver.Url, "whsec_x", "evt_2", "CHANGE", "{}", DateTimeOffset.UtcNow, CancellationToken.None)).Succeeded);
        Assert.Single(receiver.Requests);
    }
}
