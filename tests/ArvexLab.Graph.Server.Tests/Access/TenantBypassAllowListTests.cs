using System.Text.RegularExpressions;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Access;

/// <summary>
/// Tenant isolation rests on EF Core's global query filters. Turning them off (<c>IgnoreQueryFilters</c>) or
/// going around them (raw SQL) is allowed only in the files listed here, each with the reason it is safe;
/// a new use fails this test until someone reviews it and adds it with its reason.
/// </summary>
public sealed partial class TenantBypassAllowListTests
{
    private static readonly Dictionary<string, string> AllowList = new(StringComparer.Ordinal)
    {
        ["src/ArvexLab.Graph.Server/Data/Interceptors/SqliteConnectionPragmas.cs"] =
            "sets connection PRAGMAs (WAL, busy timeout, foreign keys); reads no rows",
        ["src/ArvexLab.Graph.Server/Data/Interceptors/SqlCommandCounter.cs"] =
            "counts the commands EF Core sends; reads CommandText, runs nothing",
        ["src/ArvexLab.Graph.Server/Features/Evidence/Live/EvidenceStatusNotifier.cs"] =
            "SELECT pg_notify(channel, document id): wakes the other nodes' live-status listeners; reads no rows",
        ["src/ArvexLab.Graph.Server/Features/Frameworks/Admin/CatalogUsage.cs"] =
            "counts every organization's mappings onto a requirement before it may be deleted (IN_USE); returns a count, never rows",
        ["src/ArvexLab.Graph.Server/Features/Evidence/Live/PostgresStatusListener.cs"] =
            "LISTEN on the live-status channel: receives document ids, reads no rows",
        ["src/ArvexLab.Graph.Server/Features/Sync/Changes/ChangeSequenceAllocator.cs"] =
            "reserves change-feed sequence numbers on the counter row of the organization the saving context writes for (parameterized, in its transaction)",
        ["src/ArvexLab.Graph.Server/Features/Evidence/Jobs/PostgresJobClaimSql.cs"] =
            "claims extraction jobs with FOR UPDATE SKIP LOCKED across all organizations: the worker is the system, and the job row carries its organization, which the worker then acts in",
        ["src/ArvexLab.Graph.Server/Features/Sync/Changes/SetInsert.cs"] =
            "multi-row parameterized INSERT in the caller's transaction; reads back only the RETURNING ids of its own rows; the rows' organization is stamped by ProposedMappingInsert after checking it against the context's tenant, and ChangeFeed.RecordCreatedAsync (called only from there) writes that organization's change rows",
    };

    [Fact]
    public void Query_filter_bypasses_and_raw_sql_appear_only_in_reviewed_files()
    {
        var root = RepositoryRoot.Path;
        var found = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal)
                && !path.Contains("/Data/Migrations/", StringComparison.Ordinal))
            .Where(path => File.ReadLines(Path.Combine(root, path)).Any(line => !IsComment(line) && Bypass().IsMatch(line)))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(found.Except(AllowList.Keys));
        // An entry whose file no longer bypasses anything is stale: drop it, so the list stays a list of real exceptions.
        Assert.Empty(AllowList.Keys.Except(found));
    }

    private static bool IsComment(string line) => line.TrimStart().StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex(@"IgnoreQueryFilters|FromSql|ExecuteSql|SqlQuery(Raw)?\b|\.CommandText|CreateCommand\(|NpgsqlCommand|SqliteCommand")]
    private static partial Regex Bypass();
}
