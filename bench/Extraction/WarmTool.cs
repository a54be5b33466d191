using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ArvexLab.Graph.Extraction.Bench;

/// <summary>
/// The tool kept warm (`--serve`, as the server runs it by default): one process, one request line per
/// document. The first answer pays the process start-up and is reported apart; the per-document figure
/// is the median of the following ones, timed from the request line to the answer line.
/// </summary>
internal sealed class WarmTool : IDisposable
{
    private readonly Process process;
    private readonly string label;

    public WarmTool(string tool, string label)
    {
        this.label = label;
        var dll = tool.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(dll ? "dotnet" : tool) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (dll ? new[] { tool } : []).Concat(["--serve", "--no-ocr"]))
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start)!;
    }

    public string Label => label;

    /// <summary>First answer (start-up included), median of <paramref name="runs"/> further answers, and the process's peak memory so far.</summary>
    public (double FirstSeconds, double Seconds, long PeakBytes) Measure(string file, int runs)
    {
        var first = Ask(file);
        var times = Enumerable.Range(0, Math.Max(1, runs)).Select(_ => Ask(file)).Order().ToList();
        return (first, times[times.Count / 2], HighWaterMark());
    }

    private double Ask(string file)
    {
        var watch = Stopwatch.StartNew();
        process.StandardInput.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["file"] = file }));
        process.StandardInput.Flush();
        var answer = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException($"{label} --serve ended without answering for {file}.");
        watch.Stop();
        if (answer.StartsWith("{\"error\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{label} --serve rejected {file}: {answer}");
        }

        return watch.Elapsed.TotalSeconds;
    }

    private long HighWaterMark()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    public void Dispose()
    {
        process.StandardInput.Close();
        if (!process.WaitForExit(10_000))
        {
            process.Kill();
        }

        process.Dispose();
    }
}
