using System.Text.Json.Nodes;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Interceptors;
using ArvexLab.Graph.Server.Features.Mapping;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Mapping;

/// <summary>
/// vendor.coverage and frameworkOverlap through the API. Hand-checked against the crosswalk files: CC6.1 reaches ISO
/// A.5.15–A.5.17, A.8.2–A.8.5, A.8.20, A.8.22, A.8.24 and through them NIS2 Art. 21(2)(e), (h), (i), (j); CC8.1 reaches
/// A.8.25, A.8.29, A.8.31, A.8.32; NIS2 (a), (b), (c), (d), (f), (g) share no ISO control with either.
/// </summary>
public abstract class CoverageTests(TestDatabase database) : IAsyncLifetime
{
    private const string CoverageQuery = """
        query($id: ID!, $framework: String!) { node(id: $id) { ... on Vendor { coverage(framework: $framework) {
          framework { key } covered partial notCovered
          requirements { requirement { ref } status reason controls { ref } documents { title } } } } } }
        """;

    private GraphApp app = null!;
    private GraphClient client = null!;
    private long organizationId;

    public async Task InitializeAsync() => (app, client, organizationId) = await MappingTestApp.GetAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [DataFact]
    public async Task Tested_controls_cover_exceptions_make_partial_and_unreached_requirements_are_not_covered()
    {
        var (_, vendorId) = await MappingTestData.VendorAsync(database, organizationId, "Covered");
        var report = await MappingTestData.ReportAsync(database, organizationId, vendorId,
            ("CC6.1.1", "Production access requires SSO with MFA.", ["CC6.1"], ControlResult.NoExceptions),
            ("CC8.1.1", "Changes are peer reviewed before deployment.", ["CC8.1"], ControlResult.Exception));
        await using (var db = database.CreateContext(TestTenant.Of(organizationId)))
        {
            await ControlMapper.MapDocumentAsync(db, report.Id);
        }

        var iso = await CoverageAsync(vendorId, "iso27001-2022");
        Assert.Equal("COVERED", Row(iso, "A.8.5")["status"]!.GetValue<string>());
        Assert.Equal(["CC6.1.1"], Row(iso, "A.8.5")["controls"]!.AsArray().Select(c => c!["ref"]!.GetValue<string>()));
        Assert.Equal("PARTIAL", Row(iso, "A.8.32")["status"]!.GetValue<string>());
        Assert.Equal("exceptions noted for CC8.1.1.", Row(iso, "A.8.32")["reason"]!.GetValue<string>());
        Assert.Equal("NOT_COVERED", Row(iso, "A.7.4")["status"]!.GetValue<string>());
        Assert.Equal((10, 4), (iso["covered"]!.GetValue<int>(), iso["partial"]!.GetValue<int>()));

        var nis2 = await CoverageAsync(vendorId, "nis2");
        Assert.Equal(["(e)", "(h)", "(i)", "(j)"], Points(nis2, "COVERED"));
        Assert.Equal(["(a)", "(b)", "(c)", "(d)", "(f)", "(g)"], Points(nis2, "NOT_COVERED"));
        Assert.Equal(["SOC 2 Type II"], Row(nis2, "Art. 21(2)(i)")["documents"]!.AsArray().Select(d => d!["title"]!.GetValue<string>()));
    }

    [DataFact]
    public async Task A_valid_certificate_alone_covers_partially_and_an_expired_one_not_at_all()
    {
        var (_, certified) = await MappingTestData.VendorAsync(database, organizationId, "Certified");
        await MappingTestData.CertificateAsync(database, organizationId, certified, "ISO/IEC 27001:2022", DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1));
        var (_, lapsed) = await MappingTestData.VendorAsync(database, organizationId, "Lapsed");
        await MappingTestData.CertificateAsync(database, organizationId, lapsed, "ISO/IEC 27001:2022", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1));

        var valid = await CoverageAsync(certified, "nis2");
        var backup = Row(valid, "Art. 21(2)(c)");
        Assert.Equal("PARTIAL", backup["status"]!.GetValue<string>());
        Assert.StartsWith("certificate-level only (ISO certificate, valid until ", backup["reason"]!.GetValue<string>());
        Assert.Equal(["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)", "(i)", "(j)"], Points(valid, "PARTIAL"));
        // Art. 21(1) and (3)-(5) have no crosswalk rows: a certificate says nothing about them.
        Assert.Equal("NOT_COVERED", Row(valid, "Art. 21(1)")["status"]!.GetValue<string>());

        var expired = await CoverageAsync(lapsed, "nis2");
        Assert.Equal(0, expired["partial"]!.GetValue<int>() + expired["covered"]!.GetValue<int>());
    }

    [DataFact]
    public async Task Framework_overlap_pairs_NIS2_measures_with_TSC_criteria_through_ISO()
    {
        var data = await client.DataAsync("""
            { frameworkOverlap(source: "nis2", target: "soc2-tsc-2017") { sharedCount sourceOnlyCount
                shared { requirement { ref } counterparts { ref } paths } sourceOnly { ref } } }
            """);
        var overlap = data["frameworkOverlap"]!;
        var access = overlap["shared"]!.AsArray().Single(s => s!["requirement"]!["ref"]!.GetValue<string>() == "Art. 21(2)(i)")!;
        var counterparts = access["counterparts"]!.AsArray().Select(c => c!["ref"]!.GetValue<string>()).ToList();
        Assert.Contains("CC6.1", counterparts);
        Assert.Equal("via iso27001-2022 A.5.15 → CC6.1", access["paths"]![counterparts.IndexOf("CC6.1")]!.GetValue<string>());
        var sourceOnly = overlap["sourceOnly"]!.AsArray().Select(r => r!["ref"]!.GetValue<string>()).ToList();
        Assert.Contains("Art. 21(5)", sourceOnly);
        Assert.DoesNotContain("Art. 21(2)(i)", sourceOnly);
        Assert.Null((await client.DataAsync("""{ frameworkOverlap(source: "nis2", target: "no-such-framework") { sharedCount } }"""))["frameworkOverlap"]);
    }

    [DataFact]
    public async Task Coverage_over_a_vendor_list_costs_the_same_statements_for_2_or_50_vendors()
    {
        var prefix = "Batch " + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 50; i++)
        {
            var (_, vendorId) = await MappingTestData.VendorAsync(database, organizationId, $"{prefix} {i:D2}");
            var report = await MappingTestData.ReportAsync(database, organizationId, vendorId,
                ("CC6.1.1", "Production access requires SSO with MFA.", ["CC6.1"], ControlResult.NoExceptions),
                ("CC8.1.1", "Changes are peer reviewed before deployment.", ["CC8.1"], ControlResult.Exception));
            await using (var db = database.CreateContext(TestTenant.Of(organizationId)))
            {
                await ControlMapper.MapDocumentAsync(db, report.Id);
            }

            if (i % 2 == 1)
            {
                await MappingTestData.CertificateAsync(database, organizationId, vendorId, "ISO/IEC 27001:2022", DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1));
            }
        }

        const string query = """
            query($n: Int, $p: String) { vendors(first: $n, where: { name: { startsWith: $p } }) { nodes { name
              coverage(framework: "nis2") { covered partial notCovered
                requirements(refPrefix: "Art. 21(2)") { status reason requirement { ref } controls { ref } mappings { id } documents { title } } } } } }
            """;
        var counter = app.Services.GetRequiredService<ISqlCommandCounter>();
        int Count(int vendors)
        {
            using var tally = counter.Begin();
            var nodes = client.DataAsync(query, new { n = vendors, p = prefix }).GetAwaiter().GetResult()["vendors"]!["nodes"]!.AsArray();
            Assert.Equal(vendors, nodes.Count);
            // Each vendor's own evidence: CC6.1 tested clean covers (e), (h), (i), (j); the certified ones are partial elsewhere.
            Assert.All(nodes, v => Assert.Equal(["(e)", "(h)", "(i)", "(j)"], Points(v!["coverage"]!, "COVERED")));
            Assert.Equal(vendors / 2, nodes.Count(v => Points(v!["coverage"]!, "PARTIAL").Count == 6));
            return tally.Count;
        }

        Count(1); // warm-up: the token validation and caches are not what is measured
        Assert.Equal(Count(2), Count(50));
    }

    private async Task<JsonNode> CoverageAsync(long vendorId, string framework) =>
        (await client.DataAsync(CoverageQuery, new { id = GlobalId.Encode("Vendor", vendorId), framework }))["node"]!["coverage"]!;

    private static JsonNode Row(JsonNode coverage, string reference) =>
        coverage["requirements"]!.AsArray().Single(r => r!["requirement"]!["ref"]!.GetValue<string>() == reference)!;

    private static List<string> Points(JsonNode coverage, string status) => coverage["requirements"]!.AsArray()
        .Where(r => r!["status"]!.GetValue<string>() == status && r["requirement"]!["ref"]!.GetValue<string>().StartsWith("Art. 21(2)(", StringComparison.Ordinal))
        .Select(r => r!["requirement"]!["ref"]!.GetValue<string>()["Art. 21(2)".Length..]).ToList();
}

public sealed class SqliteCoverageTests(SqliteTestDatabase database) : CoverageTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresCoverageTests(PostgresTestDatabase database) : CoverageTests(database), IClassFixture<PostgresTestDatabase>;
