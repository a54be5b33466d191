using System.Text.Json.Nodes;
using ArvexLab.Graph.Server.Data.Interceptors;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Posture;

/// <summary>
/// Posture of the seeded demo, by facts the demo fixes whatever its random draws: Litware's certificate is to the 2013
/// edition and expired on 2025-10-31, Contoso's opinion is qualified, Fabrikam has a Type I report only, Tailspin a
/// SOC 3 only, Proseware's only report is still queued.
/// </summary>
public abstract class DemoPostureTests(TestDatabase database) : IAsyncLifetime
{
    private const string PostureQuery = """
        query($name: String!) { vendors(where: { name: { eq: $name } }) { nodes {
          posture { score grade flagCount flags { code severity message subject document { title } citation { page } } } } } }
        """;

    private GraphApp app = null!;
    private GraphClient client = null!;

    public async Task InitializeAsync() => (app, client, _) = await DemoPostureApp.GetAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [DataFact]
    public async Task Litwares_expired_2013_certificate_flags_expiry_and_edition_and_nothing_else()
    {
        var posture = await PostureOf("Litware Backup");

        Assert.Equal(["ISO_CERTIFICATE_EXPIRED", "ISO27001_EDITION_2013"], Codes(posture));
        Assert.Equal((50, "D"), (posture["score"]!.GetValue<int>(), posture["grade"]!.GetValue<string>()));
        var expired = posture["flags"]![0]!;
        Assert.Equal("The ISO/IEC 27001 certificate expired on 2025-10-31.", expired["message"]!.GetValue<string>());
        Assert.Equal("Litware Backup ISO/IEC 27001 Certificate (2013)", expired["document"]!["title"]!.GetValue<string>());
        Assert.Equal(1, expired["citation"]!["page"]!.GetValue<int>());
    }

    [DataFact]
    public async Task Contosos_qualified_opinion_is_a_high_flag_on_its_type_II_report()
    {
        var flags = (await PostureOf("Contoso Payroll"))["flags"]!.AsArray();

        var opinion = Assert.Single(flags, f => f!["code"]!.GetValue<string>() == "OPINION_MODIFIED")!;
        Assert.Equal("HIGH", opinion["severity"]!.GetValue<string>());
        Assert.StartsWith("The auditor's opinion is qualified", opinion["message"]!.GetValue<string>());
        Assert.Equal("Contoso Payroll SOC 2 Type II Report", opinion["document"]!["title"]!.GetValue<string>());
    }

    [DataFact]
    public async Task Type_I_only_SOC_3_only_and_no_evidence_are_told_apart()
    {
        Assert.Contains("SOC2_TYPE_I_ONLY", Codes(await PostureOf("Fabrikam CRM")));
        Assert.Contains("SOC3_ONLY", Codes(await PostureOf("Tailspin Mail Delivery")));
        var proseware = await PostureOf("Proseware Analytics");
        Assert.Equal(["NO_EVIDENCE"], Codes(proseware));
        Assert.Equal((75, "B"), (proseware["score"]!.GetValue<int>(), proseware["grade"]!.GetValue<string>()));
    }

    [DataFact]
    public async Task Vendors_filter_on_a_flag_code_and_on_grade_and_sort_by_score()
    {
        var expired = await client.DataAsync("""
            { vendors(where: { posture: { flags: { some: { code: { eq: ISO_CERTIFICATE_EXPIRED } } } } }) { nodes { name } } }
            """);
        Assert.Equal(["Litware Backup"], Names(expired));

        var sorted = await client.DataAsync("{ vendors(first: 50, order: [{ postureScore: ASC }]) { nodes { name posture { score grade } } } }");
        var scores = sorted["vendors"]!["nodes"]!.AsArray().Select(v => v!["posture"]!["score"]!.GetValue<int>()).ToList();
        Assert.Equal(scores.Order(), scores);
        Assert.Equal(13, scores.Count);

        var poor = await client.DataAsync("{ vendors(first: 50, where: { posture: { grade: { in: [D, F] } } }) { nodes { name posture { score } } } }");
        Assert.Contains("Litware Backup", Names(poor));
        Assert.All(poor["vendors"]!["nodes"]!.AsArray(), v => Assert.True(v!["posture"]!["score"]!.GetValue<int>() < 60));
    }

    [DataFact]
    public void Posture_over_a_vendor_list_costs_the_same_statements_for_3_or_12_vendors()
    {
        const string query = "query($n: Int) { vendors(first: $n) { nodes { name posture { score grade flags { code severity message } } } } }";
        var counter = app.Services.GetRequiredService<ISqlCommandCounter>();
        int Count(int vendors)
        {
            using var tally = counter.Begin();
            var data = client.DataAsync(query, new { n = vendors }).GetAwaiter().GetResult();
            Assert.Equal(vendors, data["vendors"]!["nodes"]!.AsArray().Count(v => v!["posture"] is JsonObject));
            // All the page's postures, with their flags, in one statement.
            Assert.Single(tally.Commands, sql => sql.Contains("VendorPostures", StringComparison.Ordinal));
            return tally.Count;
        }

        Count(1); // warm-up: the token validation and caches are not what is measured
        Assert.Equal(Count(3), Count(12));
    }

    [DataFact]
    public async Task Open_CUECs_of_all_vendors_roll_up_with_vendor_and_the_criteria_they_name()
    {
        var data = await client.DataAsync("""
            { cuecs(first: 100, where: { status: { eq: OPEN } }, order: [{ dueDate: ASC }]) { totalCount
                nodes { status owner dueDate criteria vendor { name } requirements { ref framework { key } } } } }
            """);
        var nodes = data["cuecs"]!["nodes"]!.AsArray();

        Assert.NotEmpty(nodes);
        Assert.True(nodes.Select(n => n!["vendor"]!["name"]!.GetValue<string>()).Distinct().Count() > 1, "CUECs of several vendors");
        Assert.All(nodes, n =>
        {
            Assert.Equal("OPEN", n!["status"]!.GetValue<string>());
            // Every demo CUEC names TSC criteria (CC6.1, PI1.2 …): each resolves to the catalog's criterion.
            Assert.Equal(n["criteria"]!.AsArray().Select(c => c!.GetValue<string>()).Order(),
                n["requirements"]!.AsArray().Select(r => r!["ref"]!.GetValue<string>()).Order());
            Assert.All(n["requirements"]!.AsArray(), r => Assert.Equal("soc2-tsc-2017", r!["framework"]!["key"]!.GetValue<string>()));
        });
    }

    private async Task<JsonNode> PostureOf(string vendor)
    {
        var data = await client.DataAsync(PostureQuery, new { name = vendor });
        return Assert.Single(data["vendors"]!["nodes"]!.AsArray())!["posture"]!;
    }

    private static List<string> Codes(JsonNode posture) => posture["flags"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).ToList();

    private static List<string> Names(JsonNode data) => data["vendors"]!["nodes"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()).ToList();
}

public sealed class SqliteDemoPostureTests(SqliteTestDatabase database) : DemoPostureTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresDemoPostureTests(PostgresTestDatabase database) : DemoPostureTests(database), IClassFixture<PostgresTestDatabase>;
