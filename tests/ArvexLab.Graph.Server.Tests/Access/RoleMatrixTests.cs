using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Access;

/// <summary>Every mutation × every role and partner scope, generated from the schema, against the documented matrix.</summary>
public abstract class RoleMatrixTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [DataFact]
    public async Task Every_mutation_is_forbidden_exactly_where_the_access_matrix_says()
    {
        using var app = new GraphApp(database);
        var organization = await GraphApp.CreateOrganizationAsync(database, "Role matrix");
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var mutations = schema.Mutation!.Fields.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(mutations);
        Assert.All(mutations, m => Assert.True(Policies(schema.Mutation, m).Count > 0, $"{m.Name} declares no policy"));

        var mismatches = new List<string>();
        var outcomes = new HashSet<bool>();
        foreach (var actor in AccessActor.All)
        {
            var client = await AccessActorSignIn.SignInAsync(app, organization, actor);
            foreach (var mutation in mutations)
            {
                var expectForbidden = !Policies(schema.Mutation, mutation).All(actor.IsGranted);
                // IDs of rows that do not exist: an allowed call gets as far as NOT_FOUND/INVALID_ID and changes nothing.
                var call = SchemaCallBuilder.Build("mutation", mutation, i => GlobalId.Encode("Vendor", 990_000_000 + i));
                var response = await call.SendAsync(client);
                var codes = ErrorCodes(response);
                if (codes.Contains("FORBIDDEN") != expectForbidden || codes.Contains("UNAUTHENTICATED"))
                {
                    mismatches.Add($"{mutation.Name} as {actor}: expected {(expectForbidden ? "FORBIDDEN" : "allowed")}, got {response}");
                }

                outcomes.Add(expectForbidden);
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        // The matrix both grants and refuses something, so the comparison above had both outcomes to check.
        Assert.Equal(2, outcomes.Count);
    }

    /// <summary>The policies a caller must satisfy for a mutation field: the root type's and the field's own.</summary>
    internal static List<string> Policies(IComplexGraphType root, FieldType field) =>
        [.. (root.GetPolicies() ?? []).Concat(field.GetPolicies() ?? []).Distinct()];

    internal static List<string> ErrorCodes(GraphResponse response)
    {
        var codes = (response.Errors ?? []).Select(e => e?["extensions"]?["code"]?.GetValue<string>() ?? "NO_CODE").ToList();
        foreach (var (_, payload) in response.Data?.AsObject() ?? [])
        {
            codes.AddRange(((payload as System.Text.Json.Nodes.JsonObject)?["errors"] as System.Text.Json.Nodes.JsonArray ?? []).Select(e => "payload:" + e?["code"]?.GetValue<string>()));
        }

        return codes;
    }
}

public sealed class SqliteRoleMatrixTests(SqliteTestDatabase database) : RoleMatrixTests<SqliteTestDatabase>(database);

public sealed class PostgresRoleMatrixTests(PostgresTestDatabase database) : RoleMatrixTests<PostgresTestDatabase>(database);
