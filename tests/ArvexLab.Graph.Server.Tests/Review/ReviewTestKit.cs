using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence.Import;
using ArvexLab.Graph.Server.Tests.Evidence;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Review;

/// <summary>
/// One running server per test database, with clients for two organizations (read-write partners) and a
/// read-only partner of the first. Each test seeds its own extracted document with the real importer, so
/// tests do not see each other's decisions.
/// </summary>
public sealed record ReviewTestKit(TestDatabase Database, GraphApp App, long OrganizationA, long OrganizationB,
    GraphClient Reviewer, GraphClient OtherTenant, GraphClient ReadOnly)
{
    private static readonly ConditionalWeakTable<TestDatabase, Task<ReviewTestKit>> Started = [];
    private static readonly Lock Gate = new();

    public static Task<ReviewTestKit> GetAsync(TestDatabase database)
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

    private static async Task<ReviewTestKit> StartAsync(TestDatabase database)
    {
        var a = await GraphApp.CreateOrganizationAsync(database, "Review A");
        var b = await GraphApp.CreateOrganizationAsync(database, "Review B");
        var app = new GraphApp(database);
        database.DisposeWith(app);
        return new ReviewTestKit(database, app, a, b,
            await app.CreateGraphClientAsync(a), await app.CreateGraphClientAsync(b), await app.CreateGraphClientAsync(a, "graph:read"));
    }

    /// <summary>A vendor with one document of organization A, extracted from the sample tool output.</summary>
    public async Task<SeededDocument> SeedDocumentAsync(long? organization = null)
    {
        var org = organization ?? OrganizationA;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var db = Database.CreateContext(TestTenant.Of(org));
        var vendor = new Vendor { Name = "Reviewed vendor " + suffix };
        var document = new EvidenceDocument
        {
            Vendor = vendor,
            Kind = EvidenceKind.Other,
            Title = "SOC 2 " + suffix,
            FileName = "soc2.pdf",
            Sha256 = (suffix + new string('0', 56))[..64],
            Status = EvidenceStatus.Extracting,
        };
        db.AddRange(vendor, document);
        await db.SaveChangesAsync();
        await ExtractionImporter.ImportAsync(db, document.Id, Sample());
        return new SeededDocument(org, vendor.Id, document.Id);
    }

    public static ExtractionOutput Sample() => ExtractionOutput.Parse(File.ReadAllText(PipelineTestKit.ToolPath("sample-output.json")));
}

/// <summary>A seeded document and ways to reach its findings.</summary>
public sealed record SeededDocument(long OrganizationId, long VendorId, long DocumentId)
{
    public string Id => GlobalId.Encode(nameof(EvidenceDocument), DocumentId);

    public string VendorGlobalId => GlobalId.Encode(nameof(Vendor), VendorId);

    /// <summary>The global ID and version of one finding of this document, chosen by <paramref name="pick"/>.</summary>
    public async Task<(string Id, int Version)> FindingAsync<T>(TestDatabase database, Func<T, bool> pick) where T : Finding
    {
        await using var db = database.CreateContext(TestTenant.Of(OrganizationId));
        var item = (await db.Set<T>().Where(f => f.DocumentId == DocumentId).ToListAsync()).Single(pick);
        return (GlobalId.Encode(typeof(T).Name, item.Id), item.Version);
    }

    public async Task<List<ReviewEvent>> EventsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext(TestTenant.Of(OrganizationId));
        return await db.ReviewEvents.Where(e => e.DocumentId == DocumentId).OrderBy(e => e.Id).ToListAsync();
    }
}

internal static class JsonNodeAssertions
{
    public static string Str(this JsonNode? node, string name) => node![name]!.GetValue<string>();

    public static int Int(this JsonNode? node, string name) => node![name]!.GetValue<int>();

    public static List<string> Codes(this JsonNode? payload) =>
        payload!["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();

    /// <summary>The payload's errors as "CODE:field" (comma-separated), for one-line assertions.</summary>
    public static string ErrorsText(this JsonNode? payload) =>
        string.Join(",", payload!["errors"]!.AsArray().Select(e => $"{e!["code"]!.GetValue<string>()}:{e["field"]?.GetValue<string>()}"));
}
