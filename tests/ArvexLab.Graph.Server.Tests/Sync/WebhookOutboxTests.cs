using System.Text.Json;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence.Import;
using ArvexLab.Graph.Server.Tests.Evidence;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Sync;

/// <summary>The outbox is written with the event's own transaction: what commits is delivered, what rolls back never is.</summary>
public abstract class WebhookOutboxTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [DataFact]
    public async Task An_import_queues_EVIDENCE_EXTRACTED_and_one_CHANGE_per_subscribed_finding_but_nothing_for_disabled_subscriptions()
    {
        using var kit = new PipelineTestKit(database);
        var (organization, documents) = await kit.SeedQueuedDocumentsAsync(1);
        var (active, disabled) = await SubscribeAsync(organization, changeTypes: ["CONTROL"], events: ["EVIDENCE_EXTRACTED"]);

        await using (var db = database.CreateContext(TestTenant.Of(organization)))
        {
            await ExtractionImporter.ImportAsync(db, documents[0], ExtractionOutput.Parse(File.ReadAllText(PipelineTestKit.ToolPath("sample-output.json"))));
        }

        await using var read = database.CreateSystemContext();
        var deliveries = await read.WebhookDeliveries.Where(d => d.OrganizationId == organization).ToListAsync();
        Assert.DoesNotContain(deliveries, d => d.SubscriptionId == disabled);
        var extracted = Assert.Single(deliveries, d => d.EventType == "EVIDENCE_EXTRACTED");
        using var payload = JsonDocument.Parse(extracted.Payload);
        Assert.False(payload.RootElement.GetProperty("data").GetProperty("reextraction").GetBoolean());
        var controls = await read.Controls.CountAsync(c => c.DocumentId == documents[0]);
        Assert.Equal(controls, deliveries.Count(d => d.EventType == "CHANGE" && d.Payload.Contains("\"CONTROL\"", StringComparison.Ordinal)));
        Assert.All(deliveries, d => Assert.Equal(active, d.SubscriptionId));
    }

    [DataFact]
    public async Task A_rolled_back_change_leaves_no_change_row_no_delivery_and_no_used_sequence_number()
    {
        var organization = await GraphApp.CreateOrganizationAsync(database, "Rollback Org");
        await SubscribeAsync(organization, changeTypes: ["VENDOR"], events: []);
        await using (var db = database.CreateContext(TestTenant.Of(organization)))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Vendors.Add(new Vendor { Name = "Never" });
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using (var db = database.CreateContext(TestTenant.Of(organization)))
        {
            db.Vendors.Add(new Vendor { Name = "Kept" });
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext(TestTenant.Of(organization));
        var change = Assert.Single(await read.Changes.ToListAsync());
        Assert.Equal(1, change.Sequence);
        Assert.Single(await read.WebhookDeliveries.ToListAsync());
    }

    private async Task<(long Active, long Disabled)> SubscribeAsync(long organization, List<string> changeTypes, List<string> events)
    {
        await using var db = database.CreateSystemContext();
        var active = new WebhookSubscription { OrganizationId = organization, Url = "https://hooks.example/a", Secret = "s", ChangeTypes = changeTypes, Events = events };
        var disabled = new WebhookSubscription { OrganizationId = organization, Url = "https://hooks.example/b", Secret = "s", ChangeTypes = changeTypes, Events = events, Enabled = false };
        db.AddRange(active, disabled);
        await db.SaveChangesAsync();
        return (active.Id, disabled.Id);
    }
}

public sealed class SqliteWebhookOutboxTests(SqliteTestDatabase database) : WebhookOutboxTests<SqliteTestDatabase>(database);

public sealed class PostgresWebhookOutboxTests(PostgresTestDatabase database) : WebhookOutboxTests<PostgresTestDatabase>(database);
