using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Tenancy;
using ArvexLab.Graph.Server.Features.Renewal;
using ArvexLab.Graph.Server.Tests.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Sync;

/// <summary>The renewal check's notices reach a subscribed partner as signed EVIDENCE_EXPIRING webhooks, once each.</summary>
public sealed class ExpiryWebhookTests(WebhookTestHost host) : IClassFixture<WebhookTestHost>
{
    [Fact]
    public async Task An_expiring_certificate_is_delivered_once_as_a_signed_EVIDENCE_EXPIRING_webhook_however_often_the_check_runs()
    {
        await using var receiver = new WebhookReceiver { Answer = _ => 204 };
        var oauth = new OAuthTestClient(host);
        var token = await oauth.UserAccessTokenAsync("admin@demo.arvexlab.test", IdentityTestHost.DemoPassword);
        var (_, subscribed) = await oauth.GraphQLAsync(token, """
            mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret errors { code } } }
            """, new { input = new { url = receiver.Url, events = new[] { "EVIDENCE_EXPIRING" } } });
        var payload = subscribed.GetProperty("data").GetProperty("createWebhookSubscription");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var secret = payload.GetProperty("secret").GetString()!;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (vendorId, documentId) = await SeedCertificateAsync(today.AddDays(10));
        var documentGlobalId = GlobalId.Encode(nameof(EvidenceDocument), documentId);

        var check = host.Services.GetRequiredService<EvidenceExpiryCheck>();
        var first = await check.RunOnceAsync(CancellationToken.None);
        var second = await check.RunOnceAsync(CancellationToken.None);

        Assert.Contains(first, n => n.DocumentId == documentId && n.ThresholdDays == 30);
        Assert.DoesNotContain(second, n => n.DocumentId == documentId);
        bool Mine(WebhookReceiver.Received r) => r.Body.Contains(documentGlobalId, StringComparison.Ordinal);
        Assert.True(await receiver.WaitForAsync(r => r.Requests.Any(Mine), TimeSpan.FromSeconds(20)), "no EVIDENCE_EXPIRING delivery arrived");
        await Task.Delay(1000);
        var request = Assert.Single(receiver.Requests, Mine);
        Assert.Equal("EVIDENCE_EXPIRING", request.EventType);
        Assert.Equal(Sign(secret, request.Timestamp!, request.Body), request.Signature);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("EVIDENCE_EXPIRING", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(request.EventId, body.RootElement.GetProperty("id").GetString());
        var data = body.RootElement.GetProperty("data");
        Assert.Equal(GlobalId.Encode(nameof(Vendor), vendorId), data.GetProperty("vendorId").GetString());
        Assert.Equal(today.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), data.GetProperty("expiresOn").GetString());
        Assert.Equal(30, data.GetProperty("thresholdDays").GetInt32());
        Assert.Equal(10, data.GetProperty("daysRemaining").GetInt32());
        Assert.Equal("CERTIFICATE_EXPIRY", data.GetProperty("basis").GetString());
        Assert.False(data.GetProperty("expired").GetBoolean());
    }

    private async Task<(long VendorId, long DocumentId)> SeedCertificateAsync(DateOnly expiry)
    {
        await using var db = host.Services.GetRequiredService<GraphDbContextActivator>().Create(SystemTenantContext.Instance);
        var organization = (await db.Users.SingleAsync(u => u.Email == "admin@demo.arvexlab.test")).OrganizationId;
        var vendor = new Vendor { OrganizationId = organization, Name = "Expiring Host " + Guid.NewGuid().ToString("N")[..6] };
        db.Vendors.Add(vendor);
        await db.SaveChangesAsync();
        var document = new EvidenceDocument
        {
            OrganizationId = organization,
            VendorId = vendor.Id,
            Kind = EvidenceKind.Iso27001Certificate,
            Title = "ISO/IEC 27001 certificate",
            FileName = "certificate.pdf",
            Sha256 = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
            Status = EvidenceStatus.Extracted,
            ExpiryDate = expiry,
        };
        db.EvidenceDocuments.Add(document);
        await db.SaveChangesAsync();
        return (vendor.Id, document.Id);
    }

    // The documented algorithm written out, as in WebhookDeliveryTests.
    private static string Sign(string secret, string timestamp, string body)
        => "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
