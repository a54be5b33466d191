using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ArvexLab.Graph.Server.Tests.Identity;

namespace ArvexLab.Graph.Server.Tests.Sync;

/// <summary>Webhooks end to end: an admin subscribes a real local receiver, a vendor change is delivered, signed and retried.</summary>
public sealed class WebhookDeliveryTests(WebhookTestHost host) : IClassFixture<WebhookTestHost>
{
    private const string Subscribe = """
        mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) {
          subscription { id enabled } secret errors { code message field } } }
        """;

    private const string Subscriptions = """
        { webhookSubscriptions { id enabled consecutiveFailures disabledReason
            deliveries { eventId eventType status attempts lastStatusCode lastError } } }
        """;

    [Fact]
    public async Task A_change_is_delivered_signed_and_a_500_is_retried_with_the_same_event()
    {
        await using var receiver = new WebhookReceiver { Answer = n => n == 1 ? 500 : 204 };
        var (admin, token) = await AdminAsync();
        var (id, secret) = await SubscribeAsync(admin, token, receiver.Url);

        await CreateVendorAsync(admin, token, "Webhook Vendor " + Guid.NewGuid().ToString("N")[..6]);

        Assert.True(await receiver.WaitForAsync(r => r.Requests.Count >= 2, TimeSpan.FromSeconds(20)), "the retry never arrived");
        var requests = receiver.Requests.ToArray();
        Assert.Equal(500, requests[0].Answered);
        Assert.Equal(requests[0].EventId, requests[1].EventId);
        Assert.Equal(requests[0].Body, requests[1].Body);
        foreach (var request in requests)
        {
            Assert.Equal(Sign(secret, request.Timestamp!, request.Body), request.Signature);
            Assert.NotEqual(Sign("whsec_wrong", request.Timestamp!, request.Body), request.Signature);
        }

        using var body = JsonDocument.Parse(requests[1].Body);
        Assert.Equal("CHANGE", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("VENDOR", body.RootElement.GetProperty("data").GetProperty("entityType").GetString());
        Assert.Equal("CREATED", body.RootElement.GetProperty("data").GetProperty("operation").GetString());

        var log = await DeliveriesAsync(admin, token, id);
        var delivery = Assert.Single(log.GetProperty("deliveries").EnumerateArray());
        Assert.Equal("DELIVERED", delivery.GetProperty("status").GetString());
        Assert.Equal(2, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal(204, delivery.GetProperty("lastStatusCode").GetInt32());
        Assert.Equal(0, log.GetProperty("consecutiveFailures").GetInt32());
    }

    [Fact]
    public async Task A_receiver_that_keeps_failing_gets_its_subscription_disabled_and_no_more_requests()
    {
        await using var receiver = new WebhookReceiver { Answer = _ => 500 };
        var (admin, token) = await AdminAsync();
        var (id, _) = await SubscribeAsync(admin, token, receiver.Url);

        await CreateVendorAsync(admin, token, "Failing Vendor " + Guid.NewGuid().ToString("N")[..6]);
        Assert.True(await receiver.WaitForAsync(r => r.Requests.Count >= WebhookTestHost.DisableAfter, TimeSpan.FromSeconds(20)));
        await Task.Delay(500);
        var log = await DeliveriesAsync(admin, token, id);
        Assert.False(log.GetProperty("enabled").GetBoolean());
        Assert.Contains("consecutive", log.GetProperty("disabledReason").GetString(), StringComparison.Ordinal);

        await CreateVendorAsync(admin, token, "After Disable " + Guid.NewGuid().ToString("N")[..6]);
        await Task.Delay(1000);
        Assert.Equal(WebhookTestHost.DisableAfter, receiver.Requests.Count);
        // A disabled subscription takes no new events; the undelivered one waits for re-enabling.
        var waiting = Assert.Single((await DeliveriesAsync(admin, token, id)).GetProperty("deliveries").EnumerateArray());
        Assert.Equal("PENDING", waiting.GetProperty("status").GetString());
        Assert.Equal(WebhookTestHost.DisableAfter, waiting.GetProperty("attempts").GetInt32());
        Assert.Equal(500, waiting.GetProperty("lastStatusCode").GetInt32());
    }

    [Fact]
    public async Task Partners_with_read_access_cannot_manage_webhooks()
    {
        var oauth = new OAuthTestClient(host);
        var partner = await oauth.ClientCredentialsAsync("demo-partner", IdentityTestHost.DemoPassword, "graph:read graph:write");
        var (_, body) = await oauth.GraphQLAsync(partner.AccessToken, Subscribe,
            new { input = new { url = "https://hooks.example/x", changeTypes = new[] { "VENDOR" } } });
        Assert.True(body.TryGetProperty("errors", out var errors), body.ToString());
        Assert.Equal("FORBIDDEN", errors[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.GetProperty("createWebhookSubscription").ValueKind == JsonValueKind.Object);
    }

    private async Task<(OAuthTestClient, string)> AdminAsync()
    {
        var oauth = new OAuthTestClient(host);
        return (oauth, await oauth.UserAccessTokenAsync("admin@demo.arvexlab.test", IdentityTestHost.DemoPassword));
    }

    private static async Task<(string Id, string Secret)> SubscribeAsync(OAuthTestClient admin, string token, string url)
    {
        var (_, body) = await admin.GraphQLAsync(token, Subscribe, new { input = new { url, changeTypes = new[] { "VENDOR" }, events = new[] { "EVIDENCE_EXTRACTED" } } });
        var payload = body.GetProperty("data").GetProperty("createWebhookSubscription");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        return (payload.GetProperty("subscription").GetProperty("id").GetString()!, payload.GetProperty("secret").GetString()!);
    }

    private static async Task CreateVendorAsync(OAuthTestClient admin, string token, string name)
    {
        var (_, body) = await admin.GraphQLAsync(token, "mutation($n: String!) { createVendor(input: { name: $n }) { errors { code } } }", new { n = name });
        Assert.Empty(body.GetProperty("data").GetProperty("createVendor").GetProperty("errors").EnumerateArray());
    }

    private static async Task<JsonElement> DeliveriesAsync(OAuthTestClient admin, string token, string id)
    {
        var (_, body) = await admin.GraphQLAsync(token, Subscriptions);
        return body.GetProperty("data").GetProperty("webhookSubscriptions").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);
    }

    // Written out here rather than calling the server's signer, so the test checks the documented algorithm.
    private static string Sign(string secret, string timestamp, string body)
        => "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
