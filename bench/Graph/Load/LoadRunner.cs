using System.Diagnostics;

namespace ArvexLab.Graph.Bench.Load;

/// <summary>How hard and how long to push: concurrent workers, a time bound and a request bound.</summary>
public sealed record LoadSettings(int Workers, TimeSpan Duration, int MaxRequests, int WarmupRequests);

/// <summary>One bounded run's figures: client-side latency and throughput, server-side SQL and allocations.</summary>
public sealed record LoadResult(
    string Name, int Requests, int Errors, double Seconds, double P50Ms, double P95Ms, double P99Ms, double MeanMs, double RequestsPerSecond,
    double SqlPerRequest, double QuerySqlPerRequest, double AllocatedBytesPerRequest, long PeakWorkingSetBytes, string? FirstError,
    double CpuMsPerRequest);

/// <summary>
/// A closed-loop load generator: N workers each send the next request as soon as the previous answer is
/// read in full, for a bounded time or number of requests, over keep-alive connections on loopback.
/// </summary>
public static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(BenchClient client, ServerProcess server, string name,
        Func<long, HttpRequestMessage> request, LoadSettings settings)
    {
        for (var i = 0; i < settings.WarmupRequests; i++)
        {
            await SendAsync(client, request(i));
        }

        var before = await client.StatsAsync();
        var latencies = new List<double>[settings.Workers];
        var errors = 0;
        string? firstError = null;
        long issued = 0;
        long peak = server.ResidentBytes();
        using var stop = new CancellationTokenSource(settings.Duration);
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, server.ResidentBytes());
                await Task.Delay(200, CancellationToken.None);
            }
        });
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, settings.Workers).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(4096);
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref issued);
                if (n > settings.MaxRequests)
                {
                    break;
                }

                var started = Stopwatch.GetTimestamp();
                var error = await SendAsync(client, request(n));
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (error is not null)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, error, null);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var seconds = clock.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await sampler;
        var after = await client.StatsAsync();

        var all = latencies.SelectMany(l => l).Order().ToArray();
        var served = Math.Max(1, after.Requests - before.Requests);
        return new LoadResult(name, all.Length, errors, seconds,
            Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), all.Length == 0 ? 0 : all.Average(),
            all.Length / seconds,
            (double)(after.Statements - before.Statements) / served,
            (double)(after.Statements - after.TokenStatements - (before.Statements - before.TokenStatements)) / served,
            (double)(after.AllocatedBytes - before.AllocatedBytes) / served,
            peak, firstError,
            (after.CpuMs - before.CpuMs) / served);
    }

    /// <summary>Sends one request and reads the whole answer; returns an error description or null.</summary>
    public static async Task<string?> SendAsync(BenchClient client, HttpRequestMessage message)
    {
        using (message)
        {
            using var response = await client.Http.SendAsync(message);
            var body = await response.Content.ReadAsStringAsync();
            return !response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal)
                ? $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}"
                : null;
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
