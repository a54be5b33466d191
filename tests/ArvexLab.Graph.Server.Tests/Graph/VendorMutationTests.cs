using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Graph;

/// <summary>Vendor mutations: payload errors, optimistic concurrency and the audit trail.</summary>
public sealed class VendorMutationTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>, IAsyncLifetime
{
    private GraphClient client = null!;

    public async Task InitializeAsync() => client = (await GraphTestDataCache.GetAsync(database)).App.CreateGraphClient();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Create = """
        mutation($input: CreateVendorInput!) { createVendor(input: $input) {
          vendor { id name website criticality services version } errors { code message field } } }
        """;

    private const string Update = """
        mutation($input: UpdateVendorInput!) { updateVendor(input: $input) {
          vendor { id name criticality services version } errors { code field } } }
        """;

    [Fact]
    public async Task Creating_a_vendor_stores_it_cleaned_and_audits_it()
    {
        var payload = (await client.DataAsync(Create, new { input = new { name = "  Northwind Mail ", website = "https://northwind.example", criticality = "HIGH", services = new[] { "Mail", "mail", " " } } }))["createVendor"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal("Northwind Mail", payload["vendor"]!["name"]!.GetValue<string>());
        Assert.Equal(["Mail"], payload["vendor"]!["services"]!.AsArray().Select(s => s!.GetValue<string>()));

        await using var db = database.CreateSystemContext();
        Assert.True(await db.ReviewEvents.AnyAsync(e => e.EntityType == "Vendor" && e.Action == "CREATED" && e.After!.Contains("Northwind Mail")));
    }

    [Theory]
    [InlineData("", null, "VALIDATION", "name")]
    [InlineData("Valid Name", "ftp://files.example", "VALIDATION", "website")]
    [InlineData("Vendor 01", null, "DUPLICATE", "name")]
    public async Task Invalid_input_returns_payload_errors_and_changes_nothing(string name, string? website, string code, string field)
    {
        await using var before = database.CreateSystemContext();
        var count = await before.Vendors.CountAsync();
        var payload = (await client.DataAsync(Create, new { input = new { name, website } }))["createVendor"]!;
        Assert.Null(payload["vendor"]);
        Assert.Equal(code, payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(field, payload["errors"]![0]!["field"]!.GetValue<string>());
        await using var after = database.CreateSystemContext();
        Assert.Equal(count, await after.Vendors.CountAsync());
    }

    [Fact]
    public async Task Two_editors_with_the_same_version_one_wins_the_other_gets_CONFLICT_and_one_change_is_audited()
    {
        var created = (await client.DataAsync(Create, new { input = new { name = "Concurrency Co" } }))["createVendor"]!["vendor"]!;
        var id = created["id"]!.GetValue<string>();
        var version = created["version"]!.GetValue<int>();

        var first = (await client.DataAsync(Update, new { input = new { id, version, criticality = "CRITICAL" } }))["updateVendor"]!;
        var second = (await client.DataAsync(Update, new { input = new { id, version, name = "Renamed Co" } }))["updateVendor"]!;

        Assert.Empty(first["errors"]!.AsArray());
        Assert.Equal(version + 1, first["vendor"]!["version"]!.GetValue<int>());
        Assert.Equal("CONFLICT", second["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("Concurrency Co", second["vendor"]!["name"]!.GetValue<string>());
        Assert.Equal("CRITICAL", second["vendor"]!["criticality"]!.GetValue<string>());

        await using var db = database.CreateSystemContext();
        Assert.Equal(1, await db.ReviewEvents.CountAsync(e => e.Action == "UPDATED" && e.After!.Contains("Concurrency Co")));
    }

    [Fact]
    public async Task Archiving_and_restoring_keep_the_vendor_and_unknown_ids_are_NOT_FOUND()
    {
        var created = (await client.DataAsync(Create, new { input = new { name = "Archive Me" } }))["createVendor"]!["vendor"]!;
        var id = created["id"]!.GetValue<string>();
        var archived = (await client.DataAsync("mutation($id: ID!, $v: Int!) { archiveVendor(input: {id: $id, version: $v}) { vendor { status version } errors { code } } }",
            new { id, v = created["version"]!.GetValue<int>() }))["archiveVendor"]!;
        Assert.Equal("ARCHIVED", archived["vendor"]!["status"]!.GetValue<string>());

        var restored = (await client.DataAsync("mutation($id: ID!, $v: Int!) { restoreVendor(input: {id: $id, version: $v}) { vendor { status } errors { code } } }",
            new { id, v = archived["vendor"]!["version"]!.GetValue<int>() }))["restoreVendor"]!;
        Assert.Equal("ACTIVE", restored["vendor"]!["status"]!.GetValue<string>());

        var missing = ArvexLab.Graph.GraphQL.Relay.GlobalId.Encode("Vendor", 9_999_999);
        var notFound = (await client.DataAsync("mutation($id: ID!) { archiveVendor(input: {id: $id, version: 0}) { errors { code } } }", new { id = missing }))["archiveVendor"]!;
        Assert.Equal("NOT_FOUND", notFound["errors"]![0]!["code"]!.GetValue<string>());
    }
}
