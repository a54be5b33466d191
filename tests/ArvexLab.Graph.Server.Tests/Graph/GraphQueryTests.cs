using System.Text.Json.Nodes;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Interceptors;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Graph;

/// <summary>Querying the graph (filter, sort, keyset paging, batching, node IDs) on a real database of each provider.</summary>
public abstract class GraphQueryTests : IAsyncLifetime
{
    private readonly TestDatabase database;
    private GraphApp app = null!;

    protected GraphQueryTests(TestDatabase database) => this.database = database;

    protected GraphTestData Data { get; private set; } = null!;

    protected GraphClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (Data, app, Client) = await GraphTestDataCache.GetAsync(database);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [DataFact]
    public async Task Vendors_filtered_by_criticality_and_sorted_by_name_return_nested_documents_and_controls()
    {
        var data = await Client.DataAsync("""
            { vendors(first: 5, where: {criticality: {eq: HIGH}}, order: [{name: ASC}]) {
                totalCount
                nodes { id name criticality documents(first: 3) { nodes { kind controls(first: 10) { totalCount nodes { ref result } } } } }
                pageInfo { hasNextPage endCursor } } }
            """);
        var vendors = data["vendors"]!;
        Assert.Equal(15, vendors["totalCount"]!.GetValue<int>());
        var names = vendors["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["Vendor 02", "Vendor 06", "Vendor 10", "Vendor 14", "Vendor 18"], names);
        Assert.All(vendors["nodes"]!.AsArray(), v => Assert.Equal("HIGH", v!["criticality"]!.GetValue<string>()));
        var documents = vendors["nodes"]![0]!["documents"]!["nodes"]!.AsArray();
        Assert.Equal(["SOC2_TYPE_II", "ISO27001_CERTIFICATE"], documents.Select(d => d!["kind"]!.GetValue<string>()));
        Assert.Equal(3, documents[0]!["controls"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("EXCEPTION", documents[0]!["controls"]!["nodes"]![2]!["result"]!.GetValue<string>());
        Assert.True(vendors["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [DataFact]
    public void Nested_connections_cost_a_fixed_number_of_statements_however_many_rows()
    {
        const string query = """
            query($n: Int) { vendors(first: $n) { totalCount nodes { name documents(first: 5) { totalCount nodes { kind
              controls(first: 10) { totalCount nodes { ref exceptions(first: 5) { nodes { description } } } } } } } } }
            """;
        var counter = app.Services.GetRequiredService<ISqlCommandCounter>();
        int Count(int vendors)
        {
            using var tally = counter.Begin();
            var data = Client.DataAsync(query, new { n = vendors }).GetAwaiter().GetResult();
            Assert.Equal(vendors, data["vendors"]!["nodes"]!.AsArray().Count);
            return tally.Count;
        }

        Count(1); // warm-up: the first request of a host resolves its tenant once
        var few = Count(2);
        var many = Count(50);
        Assert.Equal(few, many);
        Assert.InRange(many, 1, 8);
    }

    [DataFact]
    public async Task Only_the_selected_columns_are_read()
    {
        var counter = app.Services.GetRequiredService<ISqlCommandCounter>();
        string Sql(string query)
        {
            using var tally = counter.Begin();
            Client.DataAsync(query).GetAwaiter().GetResult();
            return string.Join("\n", tally.Commands);
        }

        var narrow = Sql("{ vendors(first: 3, order: [{name: ASC}]) { nodes { id name documents(first: 2) { nodes { kind } } } } }");
        Assert.DoesNotContain("\"Notes\"", narrow);
        Assert.DoesNotContain("\"FileName\"", narrow);
        Assert.Contains("\"Name\"", narrow);

        var wide = Sql("{ vendors(first: 3) { nodes { notes ...More } } } fragment More on Vendor { documents(first: 2) { edges { node { fileName } } } }");
        Assert.Contains("\"Notes\"", wide);
        Assert.Contains("\"FileName\"", wide);
    }

    [DataFact]
    public async Task Forward_and_backward_paging_visit_every_vendor_once_in_order()
    {
        var forward = new List<string>();
        string? after = null;
        do
        {
            var page = (await Client.DataAsync("query($after: String) { vendors(first: 7, after: $after, order: [{name: DESC}]) { nodes { name } pageInfo { hasNextPage endCursor } } }", new { after }))["vendors"]!;
            forward.AddRange(page["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        var backward = new List<string>();
        string? before = null;
        do
        {
            var page = (await Client.DataAsync("query($before: String) { vendors(last: 7, before: $before, order: [{name: DESC}]) { nodes { name } pageInfo { hasPreviousPage startCursor } } }", new { before }))["vendors"]!;
            backward.InsertRange(0, page["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            before = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? page["pageInfo"]!["startCursor"]!.GetValue<string>() : null;
        }
        while (before is not null);

        var expected = Enumerable.Range(0, GraphTestData.VendorCount).Select(i => $"Vendor {i:00}").Reverse().ToList();
        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }

    [DataFact]
    public async Task Paging_is_stable_when_rows_are_inserted_between_pages()
    {
        var first = (await Client.DataAsync("{ vendors(first: 3, order: [{name: ASC}]) { nodes { name } pageInfo { endCursor } } }"))["vendors"]!;
        var cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var created = await Client.DataAsync("""mutation { createVendor(input: {name: "Vendor 00a"}) { vendor { id } errors { code } } }""");
        Assert.Empty(created["createVendor"]!["errors"]!.AsArray());
        try
        {
            var second = (await Client.DataAsync("query($c: String) { vendors(first: 3, after: $c, order: [{name: ASC}]) { nodes { name } } }", new { c = cursor }))["vendors"]!;
            Assert.Equal(["Vendor 03", "Vendor 04", "Vendor 05"], second["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
        }
        finally
        {
            await using var db = database.CreateSystemContext();
            db.Vendors.RemoveRange(db.Vendors.Where(v => v.Name == "Vendor 00a"));
            db.ReviewEvents.RemoveRange(db.ReviewEvents);
            await db.SaveChangesAsync();
        }
    }

    [DataFact]
    public async Task A_cursor_from_another_ordering_is_rejected_with_INVALID_CURSOR()
    {
        var cursor = (await Client.DataAsync("{ vendors(first: 2, order: [{name: ASC}]) { pageInfo { endCursor } } }"))["vendors"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var response = await Client.PostAsync("query($c: String) { vendors(first: 2, after: $c, order: [{createdAt: DESC}]) { nodes { name } } }", new { c = cursor });
        Assert.Equal("INVALID_CURSOR", response.FirstErrorCode);
        var garbage = await Client.PostAsync("{ vendors(first: 2, after: \"not-a-cursor\") { nodes { name } } }");
        Assert.Equal("INVALID_CURSOR", garbage.FirstErrorCode);
    }

    [DataFact]
    public async Task Page_size_over_the_maximum_is_an_error_not_a_clamp()
    {
        var response = await Client.PostAsync("{ vendors(first: 101) { nodes { name } } }");
        Assert.Equal("PAGE_SIZE_EXCEEDED", response.FirstErrorCode);
    }

    [DataFact]
    public async Task Filters_combine_operators_lists_and_nested_objects_in_sql()
    {
        var data = await Client.DataAsync("""
            { a: vendors(where: {or: [{name: {eq: "Vendor 01"}}, {name: {startsWith: "vendor 5"}}], services: {some: {eq: "Payroll"}}}, order: [{name: ASC}]) { nodes { name } }
              b: vendors(where: {criticality: {in: [LOW, CRITICAL]}, name: {contains: "0"}}) { totalCount }
              c: evidenceDocuments(where: {vendor: {criticality: {eq: HIGH}}, kind: {neq: ISO27001_CERTIFICATE}}) { totalCount }
              d: vendors(where: {documents: {some: {controls: {some: {ref: {eq: "CC1.5"}}}}}}) { totalCount }
              e: controls(where: {confidence: {gte: 0.85}, result: {eq: EXCEPTION}}) { totalCount }
              f: vendors(where: {createdAt: {lt: "2026-01-01T05:00:00Z"}}) { totalCount } }
            """);
        Assert.Equal(["Vendor 01", "Vendor 51", "Vendor 53", "Vendor 55", "Vendor 57", "Vendor 59"],
            data["a"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
        Assert.Equal(7, data["b"]!["totalCount"]!.GetValue<int>()); // 00, 03, 04, 07, 08, 20, 40
        Assert.Equal(15, data["c"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(12, data["d"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(120, data["e"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(5, data["f"]!["totalCount"]!.GetValue<int>());
    }

    [DataFact]
    public async Task Sorting_by_several_keys_orders_in_sql()
    {
        var data = await Client.DataAsync("{ vendors(first: 6, order: [{criticality: DESC}, {name: ASC}]) { nodes { name criticality } } }");
        Assert.Equal(["Vendor 03", "Vendor 07", "Vendor 11", "Vendor 15", "Vendor 19", "Vendor 23"],
            data["vendors"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
    }

    [DataFact]
    public async Task Node_round_trips_every_object_type()
    {
        var data = await Client.DataAsync("""
            { vendors(first: 1) { nodes { id documents(first: 1) { nodes { id
                fields(first: 1) { nodes { id } } controls(first: 1) { nodes { id } }
                controlExceptions(first: 1) { nodes { id control { id } } } cuecs(first: 1) { nodes { id } }
                subserviceOrganizations(first: 1) { nodes { id } }
                controls2: controls(first: 1) { nodes { mappings(first: 1) { nodes { id requirement { id framework { id } } } } } } } } } }
              me { organization { id } }
              frameworks(first: 1, where: {key: {eq: "nis2"}}) { nodes { id requirements(first: 10) { nodes { mappings(first: 1) { nodes { id } } } } } } }
            """);
        var ids = new List<string>();
        void Collect(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        if (key == "id") { ids.Add(value!.GetValue<string>()); } else { Collect(value); }
                    }
                    break;
                case JsonArray a:
                    foreach (var item in a) { Collect(item); }
                    break;
            }
        }

        Collect(data);
        var types = ids.Select(id => GlobalId.Decode(id).TypeName).ToHashSet();
        Assert.Equal(
            ["Control", "ControlException", "ControlMapping", "Cuec", "EvidenceDocument", "ExtractedField", "Framework", "Organization",
             "Requirement", "RequirementMapping", "SubserviceOrganization", "Vendor"],
            types.Order(StringComparer.Ordinal));
        foreach (var id in ids.Distinct())
        {
            var node = await Client.DataAsync("query($id: ID!) { node(id: $id) { id __typename } }", new { id });
            Assert.Equal(id, node["node"]!["id"]!.GetValue<string>());
            Assert.Equal(GlobalId.Decode(id).TypeName, node["node"]!["__typename"]!.GetValue<string>());
        }

        var many = await Client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        Assert.Equal(ids, many["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }

    [DataFact]
    public async Task Ids_of_the_wrong_type_are_rejected_and_unknown_or_foreign_ids_are_null()
    {
        var vendorId = (await Client.DataAsync("{ vendors(first: 1) { nodes { id } } }"))["vendors"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var wrongType = await Client.PostAsync("query($id: ID!) { evidenceDocument(id: $id) { id } }", new { id = vendorId });
        Assert.Equal("INVALID_ID", wrongType.FirstErrorCode);
        var garbage = await Client.PostAsync("{ node(id: \"%%%\") { id } }");
        Assert.Equal("INVALID_ID", garbage.FirstErrorCode);

        var foreign = GlobalId.Encode("Vendor", Data.OtherVendorId);
        var missing = GlobalId.Encode("Vendor", 9_999_999);
        var data = await Client.DataAsync("query($a: ID!, $b: ID!) { a: vendor(id: $a) { id } b: node(id: $a) { id } c: vendor(id: $b) { id } }", new { a = foreign, b = missing });
        Assert.Null(data["a"]);
        Assert.Null(data["b"]);
        Assert.Null(data["c"]);
    }
}

public sealed class SqliteGraphQueryTests(SqliteTestDatabase database) : GraphQueryTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresGraphQueryTests(PostgresTestDatabase database) : GraphQueryTests(database), IClassFixture<PostgresTestDatabase>;
