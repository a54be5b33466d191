using ArvexLab.Graph.Server.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace ArvexLab.Graph.Server.Tests.Graph;

public sealed class SchemaTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public void Schema_matches_the_reviewed_snapshot_and_the_committed_schema_file()
    {
        using var app = new GraphApp(database);
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var sdl = schema.Print(new global::GraphQL.Utilities.PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n");

        Snapshot.Match(sdl);

        // The portal and the client samples generate their code from this file.
        var file = Path.Combine(RepositoryRoot.Path, "schema.graphql");
        if (Environment.GetEnvironmentVariable("CI") is null)
        {
            File.WriteAllText(file, sdl);
        }

        Assert.Equal(sdl, File.ReadAllText(file).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Every_type_and_field_has_a_description()
    {
        using var app = new GraphApp(database);
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t.GetType().Assembly != typeof(ISchema).Assembly))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                missing.AddRange(complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{type.Name}.{f.Name}"));
            }
        }

        Assert.Empty(missing);
    }
}
