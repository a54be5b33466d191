using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>
/// The built server (<c>dotnet ArvexLab.Graph.Server.dll</c>) as a separate OS process on 127.0.0.1 and a free port,
/// configured only through environment variables, as an operator would run it. Its output is kept for failure
/// messages. <see cref="KillAsync"/> ends it the hard way: no shutdown hooks run, exactly like a crash or <c>kill -9</c>.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(5);
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private ServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The last lines the server printed, for assertion messages.</summary>
    public string OutputTail => string.Join('\n', output.TakeLast(60));

    /// <summary>The server's build output, beside this test build (same configuration and target framework).</summary>
    public static string ServerAssembly
    {
        get
        {
            var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var path = Path.Combine(RepositoryRoot.Path, "src", "ArvexLab.Graph.Server", "bin", testBin.Parent!.Name, testBin.Name, "ArvexLab.Graph.Server.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("The server is not built: " + path, path);
        }
    }

    /// <summary>Starts the server with <paramref name="settings"/> (configuration keys such as <c>Extraction:Workers</c>) and waits until it is ready.</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var assembly = ServerAssembly;
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The build output holds what the server reads at start (appsettings, catalog data): its content root.
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        start.ArgumentList.Add(assembly);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        var server = new ServerProcess(process, address);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>A client with a client-credentials token of the seeded demo partner (Demo:Enabled, Demo:Password).</summary>
    public async Task<GraphClient> CreateGraphClientAsync(string clientId, string secret, string scopes = "graph:read graph:write")
    {
        var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(5) };
        var token = await ClientCredentials.RequestTokenAsync(http, clientId, secret, scopes, OutputTail);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphClient(http);
    }

    /// <summary>
    /// Kills the server and every process it started (the extraction tool included) and waits until the server is gone;
    /// with <paramref name="entireProcessTree"/> false only the server gets SIGKILL, and its children are left to themselves.
    /// </summary>
    public async Task KillAsync(bool entireProcessTree = true)
    {
        process.Kill(entireProcessTree);
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(patience.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 500)
        {
            output.TryDequeue(out _);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        var until = DateTime.UtcNow + StartPatience;
        while (DateTime.UtcNow < until)
        {
            Assert.False(process.HasExited, $"The server exited with {(process.HasExited ? process.ExitCode : 0)} before it was ready:\n{OutputTail}");
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        Assert.Fail($"The server was not ready within {StartPatience}:\n{OutputTail}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
