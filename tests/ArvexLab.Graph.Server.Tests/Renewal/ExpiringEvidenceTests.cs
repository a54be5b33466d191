using System.Text.Json.Nodes;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Renewal;

/// <summary>The expiringEvidence query on SQLite and PostgreSQL, with dates relative to today.</summary>
public abstract class ExpiringEvidenceTests(TestDatabase database) : IAsyncLifetime
{
    private const string Query = """
        query($within: Int, $includeExpired: Boolean) { expiringEvidence(withinDays: $within, includeExpired: $includeExpired) {
          document { id } vendor { name } expiresOn basis daysRemaining expired } }
        """;

    private GraphApp app = null!;

    public Task InitializeAsync()
    {
        app = new GraphApp(database);
        database.DisposeWith(app);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [DataFact]
    public async Task Certificates_by_expiry_and_reports_twelve_months_after_period_end_are_listed_soonest_first()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var data = await RenewalTestData.CreateAsync(database);
        var vendor = await data.VendorAsync("Cloudy");
        var other = await data.VendorAsync("Mailer");
        var cert30 = await data.DocumentAsync(vendor, EvidenceKind.Iso27001Certificate, expiry: today.AddDays(30));
        var cert200 = await data.DocumentAsync(other, EvidenceKind.Iso27001Certificate, expiry: today.AddDays(200));
        var soc = await data.DocumentAsync(other, EvidenceKind.Soc2TypeII, periodEnd: today.AddMonths(-10));
        await data.DocumentAsync(vendor, EvidenceKind.Soc2TypeII, periodEnd: today.AddMonths(-30));
        var newerSoc = await data.DocumentAsync(vendor, EvidenceKind.Soc2TypeII, periodEnd: today.AddMonths(-2));
        await data.DocumentAsync(vendor, EvidenceKind.Iso27001Certificate, expiry: today.AddDays(5), review: EvidenceReviewStatus.Rejected);
        var expired = await data.DocumentAsync(await data.VendorAsync("Gone"), EvidenceKind.Iso27001Certificate, expiry: today.AddDays(-10));
        var elsewhere = await RenewalTestData.CreateAsync(database);
        await elsewhere.DocumentAsync(await elsewhere.VendorAsync("Hidden"), EvidenceKind.Iso27001Certificate, expiry: today.AddDays(3));
        var client = await app.CreateGraphClientAsync(data.OrganizationId, "graph:read");

        var within90 = Items(await client.DataAsync(Query));
        var within365 = Items(await client.DataAsync(Query, new { within = 365 }));
        var notExpired = Items(await client.DataAsync(Query, new { within = 90, includeExpired = false }));

        Assert.Equal([expired, cert30, soc], within90.Select(DocumentId));
        Assert.Equal([expired, cert30, soc, cert200, newerSoc], within365.Select(DocumentId));
        Assert.Equal([cert30, soc], notExpired.Select(DocumentId));
        var first = within90[0]!;
        Assert.True(first["expired"]!.GetValue<bool>());
        Assert.Equal(-10, first["daysRemaining"]!.GetValue<int>());
        Assert.Equal("CERTIFICATE_EXPIRY", first["basis"]!.GetValue<string>());
        Assert.Equal(today.AddMonths(-10).AddMonths(12).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), within90[2]!["expiresOn"]!.GetValue<string>());
        Assert.Equal("REPORT_PERIOD_END_PLUS_12_MONTHS", within90[2]!["basis"]!.GetValue<string>());
    }

    [DataFact]
    public async Task A_window_outside_0_to_3650_days_is_refused()
    {
        var data = await RenewalTestData.CreateAsync(database);
        var client = await app.CreateGraphClientAsync(data.OrganizationId, "graph:read");

        var response = await client.PostAsync(Query, new { within = -1 });

        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
    }

    private static JsonArray Items(JsonNode data) => data["expiringEvidence"]!.AsArray();

    private static long DocumentId(JsonNode? item) => GlobalId.Decode(item!["document"]!["id"]!.GetValue<string>(), "EvidenceDocument");
}

public sealed class SqliteExpiringEvidenceTests(SqliteTestDatabase database) : ExpiringEvidenceTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresExpiringEvidenceTests(PostgresTestDatabase database) : ExpiringEvidenceTests(database), IClassFixture<PostgresTestDatabase>;
