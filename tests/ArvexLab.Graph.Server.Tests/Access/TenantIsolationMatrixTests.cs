using System.Text.Json.Nodes;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Access;

/// <summary>
/// Two organizations with one row of everything each. Organization A's admin and A's write partner walk the
/// whole graph and try every mutation on each of B's IDs — all generated from the schema — and must see
/// nothing of B, get the same answer as for an ID that does not exist, and change nothing B can see.
/// </summary>
public abstract class TenantIsolationMatrixTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    // The walk is deliberately wider and deeper than a client's query may be; the limits are not under test here.
    private static readonly Dictionary<string, string?> NoQueryLimits = new()
    {
        ["GraphQL:Protection:MaxCost"] = "100000000",
        ["GraphQL:Protection:MaxDepth"] = "40",
        ["GraphQL:Protection:MaxTokens"] = "100000",
        ["GraphQL:Protection:MaxDocumentLength"] = "1000000",
        ["GraphQL:Protection:MaxAliases"] = "10000",
        ["GraphQL:Protection:CostPointsPerMinute"] = "0",
    };

    [DataFact]
    public async Task Organization_A_sees_nothing_of_B_and_cannot_change_anything_of_B()
    {
        var orgs = await TwoOrganizations.SeedAsync(database);
        using var app = new GraphApp(database, NoQueryLimits);
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var admin = AccessActor.All.Single(a => a.Name == "ADMIN");
        var writer = AccessActor.All.Single(a => a.Name == "PARTNER_WRITE");
        var ownerOfB = await AccessActorSignIn.SignInAsync(app, orgs.B, admin);
        var before = await WalkAsync(schema, ownerOfB);
        // Built-in catalog rows are everyone's, not B's secrets.
        var idsOfB = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in SelectionTree.Ids(before).Distinct())
        {
            if (!await IsBuiltInAsync(id))
            {
                idsOfB.Add(id);
            }
        }
        // B's side of the seed reaches every object type, or the matrix proves less than it claims.
        Assert.True(idsOfB.Select(id => GlobalId.Decode(id).TypeName).Distinct().Count() >= 10, string.Join(", ", idsOfB));

        var problems = new List<string>();
        foreach (var actor in new[] { admin, writer })
        {
            var client = await AccessActorSignIn.SignInAsync(app, orgs.A, actor);
            var seen = await WalkAsync(schema, client);
            problems.AddRange(SelectionTree.Ids(seen).Where(idsOfB.Contains).Select(id => $"{actor} sees B's {id} in the graph walk"));
            problems.AddRange(CountsThatDisagree(seen).Select(path => $"{actor}: totalCount differs from the rows at {path}"));
            await LookUpEachIdAsync(schema, client, actor, idsOfB, problems);
            await MutateEachIdAsync(schema, client, actor, idsOfB, problems);
        }

        var after = await WalkAsync(schema, ownerOfB);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
    }

    private async Task<bool> IsBuiltInAsync(string id)
    {
        var (type, key) = GlobalId.Decode(id);
        await using var db = database.CreateSystemContext();
        return type switch
        {
            "Framework" => await db.Frameworks.AnyAsync(f => f.Id == key && f.OrganizationId == null),
            "Requirement" => await db.Requirements.AnyAsync(r => r.Id == key && r.OrganizationId == null),
            "RequirementMapping" => await db.RequirementMappings.AnyAsync(m => m.Id == key && m.OrganizationId == null),
            _ => false,
        };
    }

    private static async Task<JsonObject> WalkAsync(ISchema schema, GraphClient client)
    {
        var all = new JsonObject();
        foreach (var root in SelectionTree.WalkableRoots(schema))
        {
            var response = await client.PostAsync(SelectionTree.Query(root, depth: 8, pageSize: 20));
            var codes = RoleMatrixTests<TDatabase>.ErrorCodes(response);
            if (codes.Count > 0)
            {
                // A field this caller may not read at all reveals nothing; anything else is a failure of the walk.
                Assert.True(codes.All(c => c == "FORBIDDEN"), $"{root.Name}: {response}");
                continue;
            }

            all[root.Name] = response.Data![root.Name]?.DeepClone();
        }

        return all;
    }

    /// <summary>Connections whose totalCount is not the number of rows they return, or fewer when there is a next page.</summary>
    private static IEnumerable<string> CountsThatDisagree(JsonNode? node, string path = "")
    {
        if (node is JsonObject o)
        {
            var more = o["pageInfo"]?["hasNextPage"]?.GetValue<bool>() == true;
            if (o["totalCount"] is JsonValue count && o["nodes"] is JsonArray nodes && (more ? count.GetValue<int>() <= nodes.Count : count.GetValue<int>() != nodes.Count))
            {
                yield return path;
            }

            foreach (var (key, value) in o)
            {
                foreach (var inner in CountsThatDisagree(value, $"{path}.{key}"))
                {
                    yield return inner;
                }
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var inner in a.SelectMany((item, i) => CountsThatDisagree(item, $"{path}[{i}]")))
            {
                yield return inner;
            }
        }
    }

    /// <summary><c>node</c>, <c>nodes</c> and every root field taking one ID answer B's IDs exactly as they answer a missing ID.</summary>
    private static async Task LookUpEachIdAsync(ISchema schema, GraphClient client, AccessActor actor, HashSet<string> idsOfB, List<string> problems)
    {
        var lookups = schema.Query!.Fields.Where(f => f.Arguments is { Count: > 0 } args
            && args.Count(a => a.ResolvedType is NonNullGraphType) == 1
            && SchemaCallBuilder.Unwrap(args.Single(a => a.ResolvedType is NonNullGraphType).ResolvedType!) is IdGraphType).ToList();
        Assert.Contains(lookups, f => f.Name == "node");
        foreach (var field in lookups)
        {
            foreach (var id in idsOfB)
            {
                var missing = Missing(id);
                var call = SchemaCallBuilder.Build("query", field, _ => id);
                var probe = SchemaCallBuilder.Build("query", field, _ => missing);
                var answer = Normalized(await call.SendAsync(client), id);
                var expected = Normalized(await probe.SendAsync(client), missing);
                if (answer != expected)
                {
                    problems.Add($"{actor}: {field.Name}({id}) answered {answer}, a missing ID answers {expected}");
                }
            }
        }

        // Objects without a Relay node type (e.g. webhook subscriptions) are not nodes' business: INVALID_ID for everyone.
        var nodeIds = idsOfB.Where(id => schema.AllTypes[GlobalId.Decode(id).TypeName] is IObjectGraphType type
            && type.ResolvedInterfaces.Any(i => i.Name == "Node")).ToArray();
        var many = await client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = nodeIds });
        if (many.Errors is not null || many.Data!["nodes"]!.AsArray().Any(n => n is not null))
        {
            problems.Add($"{actor}: nodes(B's ids) answered {many}");
        }
    }

    /// <summary>Every mutation that takes an ID, with each of B's IDs: the same answer as a missing ID.</summary>
    private static async Task MutateEachIdAsync(ISchema schema, GraphClient client, AccessActor actor, HashSet<string> idsOfB, List<string> problems)
    {
        var withIds = schema.Mutation!.Fields
            .Select(f => (Field: f, Ids: SchemaCallBuilder.Build("mutation", f, _ => "x").IdCount))
            .Where(m => m.Ids > 0)
            .OrderBy(m => m.Field.Name, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(withIds);
        var notFoundSeen = false;
        foreach (var (field, _) in withIds)
        {
            foreach (var id in idsOfB)
            {
                var missing = Missing(id);
                var answer = await SchemaCallBuilder.Build("mutation", field, _ => id).SendAsync(client);
                var probe = await SchemaCallBuilder.Build("mutation", field, _ => missing).SendAsync(client);
                notFoundSeen |= RoleMatrixTests<TDatabase>.ErrorCodes(answer).Contains("payload:NOT_FOUND");
                if (Normalized(answer, id) != Normalized(probe, missing))
                {
                    problems.Add($"{actor}: {field.Name}({id}) answered {Normalized(answer, id)}, a missing ID answers {Normalized(probe, missing)}");
                }
            }
        }

        Assert.True(notFoundSeen, "No mutation answered NOT_FOUND for another organization's ID: the matrix did not reach a lookup.");
    }

    private static string Missing(string id) => GlobalId.Encode(GlobalId.Decode(id).TypeName, 987_654_321);

    /// <summary>The response with the probed ID and volatile details (trace ids, messages naming the ID) taken out.</summary>
    private static string Normalized(GraphResponse response, string id)
    {
        var body = response.Body.DeepClone().AsObject();
        foreach (var error in body["errors"]?.AsArray() ?? [])
        {
            error!.AsObject().Remove("message");
            error["extensions"]?.AsObject().Remove("traceId");
            error.AsObject().Remove("locations");
        }

        return $"{response.StatusCode} {body.ToJsonString().Replace(id, "<id>", StringComparison.Ordinal)}";
    }
}

public sealed class SqliteTenantIsolationMatrixTests(SqliteTestDatabase database) : TenantIsolationMatrixTests<SqliteTestDatabase>(database);

public sealed class PostgresTenantIsolationMatrixTests(PostgresTestDatabase database) : TenantIsolationMatrixTests<PostgresTestDatabase>(database);
