using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>
/// A real server on a test database for evidence tests: a blob folder (shared by hosts given the same data folder, as
/// nodes share storage), optional extraction workers, and a client of one organization.
/// </summary>
public sealed class EvidenceHost : IAsyncDisposable
{
    private EvidenceHost(GraphApp app, GraphClient client, long organizationId, string dataDirectory)
    {
        App = app;
        Client = client;
        OrganizationId = organizationId;
        DataDirectory = dataDirectory;
    }

    public GraphApp App { get; }
    public GraphClient Client { get; }
    public long OrganizationId { get; }
    public string DataDirectory { get; }

    /// <summary>Extraction settings for hosts whose workers should pick jobs up quickly in a test.</summary>
    public static Dictionary<string, string?> Workers(int count, string? toolPath = null) => new()
    {
        ["Extraction:Workers"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Extraction:PollIntervalSeconds"] = "0.2",
        ["Extraction:RetryBackoffSeconds"] = "0.5",
        ["Extraction:ToolPath"] = toolPath ?? ExtractionToolFactAttribute.ToolPath,
    };

    public static async Task<EvidenceHost> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null,
        long? organizationId = null, string? dataDirectory = null)
    {
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "arvex-evidence-" + Guid.NewGuid().ToString("N"));
        var all = new Dictionary<string, string?>
        {
            // On SQLite the data folder also holds the database: keep the fixture's, blobs go beside it.
            ["Data:Directory"] = database is SqliteTestDatabase sqlite ? sqlite.DataDirectory : dataDirectory,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = new GraphApp(database, all);
        var organization = organizationId ?? await GraphApp.CreateOrganizationAsync(database, "Evidence " + Guid.NewGuid().ToString("N")[..6]);
        var client = await app.CreateGraphClientAsync(organization);
        return new EvidenceHost(app, client, organization, all["Data:Directory"]!);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (OwnsDataDirectory && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    /// <summary>Whether disposing removes the data folder (a PostgreSQL host's own blob folder).</summary>
    public bool OwnsDataDirectory { get; init; }
}
