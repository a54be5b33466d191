using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Renewal;
using ArvexLab.Graph.Server.Features.Sync.Webhooks;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArvexLab.Graph.Server.Tests.Renewal;

/// <summary>The daily renewal check: one notice and one audit event per document and threshold, however often it runs.</summary>
public abstract class EvidenceExpiryCheckTests(TestDatabase database)
{
    [DataFact]
    public async Task Repeated_and_concurrent_passes_record_each_threshold_once_and_queue_one_webhook_delivery_each()
    {
        var clock = new MovableClock(new DateTimeOffset(2031, 3, 1, 6, 0, 0, TimeSpan.Zero));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var data = await RenewalTestData.CreateAsync(database);
        var vendor = await data.VendorAsync("Hosting");
        var certificate = await data.DocumentAsync(vendor, EvidenceKind.Iso27001Certificate, expiry: today.AddDays(60));
        var report = await data.DocumentAsync(await data.VendorAsync("Payroll"), EvidenceKind.Soc2TypeII, periodEnd: today.AddMonths(-12).AddDays(20));
        var notified = new WebhookExpiryNotifier();
        var subscription = await data.SubscribeAsync(WebhookEvents.EvidenceExpiring);

        var first = await Check(clock, notified).RunOnceAsync(CancellationToken.None);
        var again = await Check(clock, notified).RunOnceAsync(CancellationToken.None);
        clock.Now = clock.Now.AddDays(35);
        var racing = await Task.WhenAll(Check(clock, notified).RunOnceAsync(CancellationToken.None), Check(clock, notified).RunOnceAsync(CancellationToken.None));

        Assert.Equal([(certificate, 90), (report, 30)], Mine(first, data).Select(n => (n.DocumentId, n.ThresholdDays)).OrderBy(n => n.DocumentId));
        Assert.Empty(Mine(again, data));
        // 25 days left: the certificate crosses 30; the report (expired 15 days ago) crosses 0. Each recorded by one of the two passes.
        Assert.Equal([(certificate, 30), (report, 0)], racing.SelectMany(r => Mine(r, data)).Select(n => (n.DocumentId, n.ThresholdDays)).OrderBy(n => n.DocumentId));
        await using var db = database.CreateSystemContext();
        // The racing loser's deliveries rolled back with its notice: one delivery per notice, no more.
        var deliveries = await db.WebhookDeliveries.Where(d => d.SubscriptionId == subscription).Select(d => d.Payload).ToListAsync();
        Assert.All(deliveries, p => Assert.Contains("\"type\":\"EVIDENCE_EXPIRING\"", p, StringComparison.Ordinal));
        Assert.Equal(["certificate:30", "certificate:90", "report:0", "report:30"], deliveries
            .Select(p => (p.Contains(GlobalId.Encode(nameof(EvidenceDocument), certificate), StringComparison.Ordinal) ? "certificate:" : "report:")
                + System.Text.Json.JsonDocument.Parse(p).RootElement.GetProperty("data").GetProperty("thresholdDays").GetInt32())
            .Order());
        var events = await db.ReviewEvents.Where(e => e.OrganizationId == data.OrganizationId && e.Action == "EVIDENCE_EXPIRING")
            .Select(e => new { e.DocumentId, e.VendorId, e.After }).ToListAsync();
        Assert.Equal(2, events.Count(e => e.DocumentId == certificate));
        Assert.Equal(2, events.Count(e => e.DocumentId == report));
        Assert.Contains(events, e => e.DocumentId == certificate && e.VendorId == vendor && e.After!.Contains("\"thresholdDays\":30"));
        Assert.Equal(4, await db.EvidenceExpiryNotices.CountAsync(n => n.OrganizationId == data.OrganizationId));
    }

    [DataFact]
    public async Task A_corrected_expiry_date_is_noticed_afresh()
    {
        var clock = new MovableClock(new DateTimeOffset(2032, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var data = await RenewalTestData.CreateAsync(database);
        var certificate = await data.DocumentAsync(await data.VendorAsync("Ledger"), EvidenceKind.Iso27001Certificate, expiry: today.AddDays(10));
        var first = await Check(clock, new NoEvidenceExpiryNotifier()).RunOnceAsync(CancellationToken.None);
        await using (var db = database.CreateSystemContext())
        {
            var document = await db.EvidenceDocuments.SingleAsync(d => d.Id == certificate);
            document.ExpiryDate = today.AddDays(20);
            await db.SaveChangesAsync();
        }

        var second = await Check(clock, new NoEvidenceExpiryNotifier()).RunOnceAsync(CancellationToken.None);

        Assert.Single(Mine(first, data));
        Assert.Equal(today.AddDays(20), Assert.Single(Mine(second, data)).ExpiresOn);
    }

    private EvidenceExpiryCheck Check(TimeProvider clock, IEvidenceExpiryNotifier notifier)
        => new(database.Activator, new RenewalSettings(), notifier, clock, NullLogger<EvidenceExpiryCheck>.Instance);

    private static IEnumerable<EvidenceExpiryNotification> Mine(IEnumerable<EvidenceExpiryNotification> notices, RenewalTestData data)
        => notices.Where(n => n.OrganizationId == data.OrganizationId);

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

public sealed class SqliteEvidenceExpiryCheckTests(SqliteTestDatabase database) : EvidenceExpiryCheckTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresEvidenceExpiryCheckTests(PostgresTestDatabase database) : EvidenceExpiryCheckTests(database), IClassFixture<PostgresTestDatabase>;

public sealed class RenewalWiringTests
{
    [Fact]
    public void The_worker_runs_only_when_renewal_is_enabled_and_the_default_interval_is_a_day()
    {
        static ServiceCollection Build(string? enabled)
        {
            var services = new ServiceCollection();
            services.AddRenewal(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Renewal:Enabled"] = enabled }).Build());
            return services;
        }

        static bool HasWorker(ServiceCollection services) =>
            services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(EvidenceExpiryWorker));

        Assert.False(HasWorker(Build("false")));
        var enabled = Build(null);
        Assert.True(HasWorker(enabled));
        using var provider = enabled.BuildServiceProvider();
        Assert.Equal(TimeSpan.FromHours(24), provider.GetRequiredService<RenewalSettings>().CheckInterval);
        Assert.IsType<NoEvidenceExpiryNotifier>(provider.GetRequiredService<IEvidenceExpiryNotifier>());
    }

    [Fact]
    public void With_webhooks_wired_before_or_after_renewal_the_webhook_notifier_replaces_the_no_op()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Renewal:Enabled"] = "false" }).Build();
        var after = new ServiceCollection().AddRenewal(configuration).AddWebhooks(configuration);
        var before = new ServiceCollection().AddWebhooks(configuration).AddRenewal(configuration);
        foreach (var services in new[] { after, before })
        {
            using var provider = services.BuildServiceProvider();
            Assert.IsType<WebhookExpiryNotifier>(provider.GetRequiredService<IEvidenceExpiryNotifier>());
        }
    }
}
