using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace ArvexLab.Graph.Portal.Tests.Infrastructure;

/// <summary>
/// The real server (Program) on Kestrel at 127.0.0.1 with a fresh SQLite file, the demo organization, its demo
/// accounts and one extraction worker, serving the portal as built into wwwroot. The portal's client is
/// held to its registered operations (persisted documents), so every page proves it sends `documentId`.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    public const string Password = "Portal-tests-1!";
    public const string PortalClientId = "arvexlab-portal";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "arvex-portal-" + Guid.NewGuid().ToString("N"));
    private readonly int port = FreePort();

    public PortalServer()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{port}/");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string WebRoot => Path.Combine(RepositoryRoot, "src", "ArvexLab.Graph.Server", "wwwroot");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(dataDirectory);
        builder.UseEnvironment("Development");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Data:Directory"] = dataDirectory,
            ["Demo:Enabled"] = "true",
            ["Demo:Password"] = Password,
            ["Identity:EphemeralKeys"] = "true",
            ["Extraction:Workers"] = "1",
            ["Extraction:PollIntervalSeconds"] = "0.5",
            // Postures are recomputed in the background; the flow test waits for the new report's grade.
            ["Posture:RefreshInterval"] = "00:00:01",
            ["Portal:RedirectUris:0"] = new Uri(BaseAddress, "auth/callback").ToString(),
            ["Portal:PostLogoutRedirectUris:0"] = BaseAddress.ToString(),
            ["GraphQL:PersistedDocuments:ManifestPath"] = Path.Combine(WebRoot, "persisted-documents.json"),
            ["GraphQL:PersistedDocuments:RequireForClients:0"] = PortalClientId,
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public async Task StartAsync()
    {
        if (!File.Exists(Path.Combine(WebRoot, "index.html")))
        {
            throw new InvalidOperationException($"The portal is not built into {WebRoot}: build the server without SkipPortalBuild.");
        }

        StartServer();
        // The first request waits for migrations and seeding to finish.
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        using var response = await http.GetAsync("/.well-known/openid-configuration");
        response.EnsureSuccessStatusCode();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArvexLab.Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ArvexLab.Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
