using System.Diagnostics;
using System.Text.Json;
using ArvexLab.Graph.Bench.Hosting;
using ArvexLab.Graph.Bench.Seeding;
using ArvexLab.Graph.Server.Data;

namespace ArvexLab.Graph.Bench.Load;

/// <summary>
/// The server under test in a child process (this program's <c>serve</c> verb), so its working set and
/// allocations are its own and not the load generator's. Closing its standard input stops it.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;

    private ServerProcess(Process process, ServerReady ready)
    {
        this.process = process;
        Ready = ready;
    }

    public ServerReady Ready { get; }

    public static async Task<ServerProcess> StartAsync(BenchDatabase database, int extractionWorkers, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ServerProcess).Assembly.Location);
        }

        start.ArgumentList.Add("serve");
        start.ArgumentList.Add(database.Provider == DatabaseProvider.Sqlite ? "--sqlite" : "--postgres");
        start.ArgumentList.Add(database.Location);
        start.ArgumentList.Add("--workers");
        start.ArgumentList.Add(extractionWorkers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server process.");
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("  [server] " + e.Data);
            }
        };
        process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(ServeCommand.ReadyPrefix, StringComparison.Ordinal))
            {
                var ready = JsonSerializer.Deserialize<ServerReady>(line[ServeCommand.ReadyPrefix.Length..])!;
                _ = DrainAsync(process.StandardOutput);
                return new ServerProcess(process, ready);
            }

            Console.Error.WriteLine("  [server] " + line);
        }

        throw new InvalidOperationException($"The server process exited ({(process.HasExited ? process.ExitCode : -1)}) before it was ready.");
    }

    /// <summary>The child's resident set (VmRSS) in bytes, read from /proc without a request to the server.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
        await Task.CompletedTask;
    }

    private static async Task DrainAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            Console.Error.WriteLine("  [server] " + line);
        }
    }
}
