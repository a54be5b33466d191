using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Admin;

/// <summary>
/// One running server per test database (it loads the built-in catalogs on start) with two organizations and signed-in
/// callers in each role that matters for catalogs. Tests add rows with random keys, so they share it safely.
/// </summary>
internal sealed record CatalogAdminKit(GraphApp App, long A, long B, GraphClient AdminA, GraphClient AdminB,
    GraphClient ViewerA, GraphClient PlatformAdmin, GraphClient PartnerA)
{
    private static readonly ConditionalWeakTable<TestDatabase, Task<CatalogAdminKit>> Started = [];
    private static readonly Lock Gate = new();

    public static Task<CatalogAdminKit> GetAsync(TestDatabase database)
    {
        lock (Gate)
        {
            if (!Started.TryGetValue(database, out var task))
            {
                task = StartAsync(database);
                Started.Add(database, task);
            }

            return task;
        }
    }

    private static async Task<CatalogAdminKit> StartAsync(TestDatabase database)
    {
        var a = await GraphApp.CreateOrganizationAsync(database, "Catalog A");
        var b = await GraphApp.CreateOrganizationAsync(database, "Catalog B");
        var app = new GraphApp(database);
        database.DisposeWith(app);
        // The platform operator is a viewer in their own organization: the flag alone opens the built-in catalogs.
        return new CatalogAdminKit(app, a, b,
            await UserSignIn.AsNewUserAsync(app, a, OrganizationRole.Admin),
            await UserSignIn.AsNewUserAsync(app, b, OrganizationRole.Admin),
            await UserSignIn.AsNewUserAsync(app, a, OrganizationRole.Viewer),
            await UserSignIn.AsNewUserAsync(app, a, OrganizationRole.Viewer, platformAdmin: true),
            await app.CreateGraphClientAsync(a));
    }

    public static string NewKey(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Runs a mutation with <c>$input</c> and returns its payload; fails on GraphQL errors.</summary>
    public static async Task<JsonNode> PayloadAsync(GraphClient client, string field, string inputType, object input, string selection)
    {
        var data = await client.DataAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} errors {{ code message field }} }} }}", new { input });
        return data[field]!;
    }

    public static List<string> Codes(JsonNode payload) => [.. payload["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>())];

    public static async Task<string> RequirementIdAsync(TestDatabase database, string frameworkKey, string reference)
    {
        await using var db = database.CreateSystemContext();
        var id = await db.Requirements.Where(r => r.Framework!.Key == frameworkKey && r.Ref == reference).Select(r => r.Id).SingleAsync();
        return GlobalId.Encode("Requirement", id);
    }

    public static async Task<string> BuiltInFrameworkIdAsync(TestDatabase database, string key)
    {
        await using var db = database.CreateSystemContext();
        return GlobalId.Encode("Framework", await db.Frameworks.Where(f => f.Key == key && f.OrganizationId == null).Select(f => f.Id).SingleAsync());
    }

    /// <summary>A vendor control of the organization mapped to the requirement, as the mapping feature would store it.</summary>
    public static async Task<long> MapControlAsync(TestDatabase database, long organizationId, long requirementId)
    {
        await using var db = database.CreateSystemContext();
        var suffix = Guid.NewGuid().ToString("N");
        var vendor = new Vendor { OrganizationId = organizationId, Name = "Vendor " + suffix };
        var document = new EvidenceDocument
        {
            OrganizationId = organizationId,
            Vendor = vendor,
            Kind = EvidenceKind.Soc2TypeII,
            Title = "SOC 2",
            FileName = "soc2.pdf",
            Sha256 = suffix + suffix,
            Status = EvidenceStatus.Extracted,
        };
        var control = new Control { OrganizationId = organizationId, Document = document, Ref = "C-1", Description = "Access reviews" };
        var mapping = new ControlMapping { OrganizationId = organizationId, Control = control, RequirementId = requirementId, Confidence = 1 };
        db.AddRange(vendor, document, control, mapping);
        await db.SaveChangesAsync();
        return mapping.Id;
    }
}
