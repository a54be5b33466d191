using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>
/// A real server on a test database for evidence tests: a blob folder (shared by hosts given the same data folder, as
/// nodes share storage), optional extraction workers, and a client of one organization.
/// </summary>
public sealed class EvidenceHost : IAsyncDisposable
{
    private readonly GraphClient? client;

    private EvidenceHost(GraphApp app, GraphClient? client, long organizationId, string dataDirectory)
    {
        App = app;
        this.client = client;
        OrganizationId = organizationId;
        DataDirectory = dataDirectory;
    }

    public GraphApp App { get; }
    /// <summary>A client of the host's organization (not made for a host on a test clock: tokens follow the real one).</summary>
    public GraphClient Client => client ?? throw new InvalidOperationException("This host was started without a client.");
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
        long? organizationId = null, string? dataDirectory = null, TimeProvider? clock = null)
    {
        var ownsDataDirectory = dataDirectory is null && database is not SqliteTestDatabase;
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

        var organization = organizationId ?? await GraphApp.CreateOrganizationAsync(database, "Evidence " + Guid.NewGuid().ToString("N")[..6]);
        if (clock is not null)
        {
            var clocked = new ClockedGraphApp(database, all, clock);
            _ = clocked.Server; // starts the host and its workers
            return new EvidenceHost(clocked, null, organization, all["Data:Directory"]!) { OwnsDataDirectory = ownsDataDirectory };
        }

        var app = new GraphApp(database, all);
        _ = app.Server; // start-up outside the client's request timeout: a loaded CI machine can take long
        var client = await app.CreateGraphClientAsync(organization);
        return new EvidenceHost(app, client, organization, all["Data:Directory"]!) { OwnsDataDirectory = ownsDataDirectory };
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

    /// <summary>A server whose workers run on a test clock, e.g. one ahead of the real time to find expired leases.</summary>
    private sealed class ClockedGraphApp(TestDatabase database, IReadOnlyDictionary<string, string?> settings, TimeProvider clock) : GraphApp(database, settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton(clock));
        }
    }
}
