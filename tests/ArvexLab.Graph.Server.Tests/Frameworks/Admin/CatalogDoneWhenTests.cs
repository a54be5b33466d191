using System.Text.RegularExpressions;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Admin;

/// <summary>The catalog done-when of issue 7, checked on what the server loads at start, on both providers.</summary>
public abstract partial class CatalogDoneWhenTests(TestDatabase database) : IAsyncLifetime
{
    public Task InitializeAsync() => CatalogAdminKit.GetAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [DataFact]
    public async Task Annex_a_tsc_nis2_dora_and_gdpr_are_loaded_and_every_crosswalk_row_names_its_source()
    {
        await using var db = database.CreateSystemContext();
        var builtIn = await db.Requirements.Where(r => r.OrganizationId == null)
            .Select(r => new { Framework = r.Framework!.Key, r.Ref, Parent = r.Parent!.Ref }).ToListAsync();
        List<string> Refs(string framework, Func<string?, bool> parent) =>
            [.. builtIn.Where(r => r.Framework == framework && parent(r.Parent)).Select(r => r.Ref)];

        Assert.Equal(93, builtIn.Count(r => r.Framework == "iso27001-2022" && AnnexAControl().IsMatch(r.Ref)));
        Assert.Equal(61, builtIn.Count(r => r.Framework == "soc2-tsc-2017" && Criterion().IsMatch(r.Ref)));
        Assert.Equal("abcdefghij".Select(p => $"Art. 21(2)({p})").Order(), Refs("nis2", p => p == "Art. 21(2)").Order());
        Assert.Equal(Enumerable.Range(5, 12).Concat([28, 29, 30]).Select(a => $"Art. {a}").Order(), Refs("dora", p => p is null).Order());
        Assert.Equal(["Art. 28", "Art. 32"], Refs("gdpr", p => p is null).Order());
        var rows = await db.RequirementMappings.Where(m => m.OrganizationId == null).Select(m => m.Source).ToListAsync();
        Assert.True(rows.Count > 500, $"only {rows.Count} built-in crosswalk rows");
        Assert.All(rows, source => Assert.False(string.IsNullOrWhiteSpace(source)));
    }

    [GeneratedRegex(@"^A\.[5-8]\.\d+$")]
    private static partial Regex AnnexAControl();

    [GeneratedRegex(@"^(CC|A|C|PI|P)\d\.\d+$")]
    private static partial Regex Criterion();
}

public sealed class SqliteCatalogDoneWhenTests(SqliteTestDatabase database) : CatalogDoneWhenTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresCatalogDoneWhenTests(PostgresTestDatabase database) : CatalogDoneWhenTests(database), IClassFixture<PostgresTestDatabase>;
