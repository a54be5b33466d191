using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ArvexLab.Graph.Extraction;
using ArvexLab.Graph.Extraction.Bench;
using ArvexLab.Graph.Extraction.Model;

// Usage: dotnet run -c Release --project bench/Extraction [-- <out.json>] [file.pdf ...]
// Without files it generates 1-, 40-, 80- and 300-page reports. Each file is extracted in a fresh
// child process (this program with --one) so peak memory is per document, as in the server.
if (args.Length == 2 && args[0] == "--one")
{
    using var stream = File.OpenRead(args[1]);
    var watch = Stopwatch.StartNew();
    var result = EvidenceExtractor.Extract(stream, new ExtractionOptions { EnableOcr = false });
    Console.WriteLine($"{watch.Elapsed.TotalSeconds.ToString(CultureInfo.InvariantCulture)} {result.Controls.Count}");
    return 0;
}

var json = args.FirstOrDefault(a => a.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) ?? "bench-extraction.json";

// --tool <arvex-extract.dll|apphost>: also time the real console tool (as the server starts it), e.g.
// its build output and a ReadyToRun publish side by side. Repeatable.
var tools = args.Select((a, i) => (a, i)).Where(p => p.a == "--tool" && p.i + 1 < args.Length).Select(p => Path.GetFullPath(args[p.i + 1])).ToList();
// --warm: each --tool is also kept running in --serve mode (as the server runs it) and timed per document.
var warm = args.Contains("--warm") ? tools.Select(t => new WarmTool(t, ToolLabel(t))).ToList() : [];
var files = args.Where(a => a.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).ToList();
// --runs N: every process is run N times and the median wall/CPU (and the highest peak) reported.
var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(1);
var pageCounts = args.Contains("--quick") ? new[] { 1, 40, 300 } : [1, 40, 80, 300];
var dir = Path.Combine(Path.GetTempPath(), "arvex-bench");
Directory.CreateDirectory(dir);
if (files.Count == 0)
{
    foreach (var pages in pageCounts)
    {
        var path = Path.Combine(dir, $"report-{pages}p.pdf");
        File.WriteAllBytes(path, ReportGenerator.Build(pages));
        files.Add(path);
    }
}

// Run as "dotnet bench.dll" or as the apphost: either way re-invoke this same program.
var self = Environment.ProcessPath!;
var selfArgs = Path.GetFileNameWithoutExtension(self) == "dotnet" ? new[] { typeof(ReportGenerator).Assembly.Location } : [];
var rows = new List<Dictionary<string, object>>();
Console.WriteLine($"{"file",-28} {"pages",6} {"arvex s",8} {"cpu s",6} {"in-proc s",9} {"pages/s",8} {"peak MB",8} {"pdftotext s",11} {"ratio",6} {"pt MB",6}" + string.Concat(tools.Select(t => $" | tool {ToolLabel(t)}: s / cpu s / ratio / MB")) + string.Concat(warm.Select(w => $" | warm {w.Label}: 1st s / s / ratio / MB")));
foreach (var file in files)
{
    var pages = PageCount(file);
    var (wall, peak, stdout, cpu) = MeasureRuns(runs, self, [.. selfArgs, "--one", file]);
    var inProcess = double.Parse(stdout.Split(' ')[0], CultureInfo.InvariantCulture);
    var (ptWall, ptPeak, _, _) = MeasureRuns(runs, "pdftotext", ["-layout", file, "-"]);
    var warmTimes = warm.Select(w => w.Measure(file, runs)).ToList();
    var toolTimes = tools.Select(t => MeasureRuns(runs, t.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? "dotnet" : t, t.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? [t, file, "--no-ocr"] : [file, "--no-ocr"])).ToList();
    var row = new Dictionary<string, object>
    {
        ["file"] = Path.GetFileName(file),
        ["pages"] = pages,
        ["extractSeconds"] = Math.Round(wall, 3),
        ["extractCpuSeconds"] = Math.Round(cpu, 3),
        ["extractInProcessSeconds"] = Math.Round(inProcess, 3),
        ["tools"] = tools.Zip(toolTimes, (t, m) => new { tool = ToolLabel(t), seconds = Math.Round(m.Seconds, 3), cpuSeconds = Math.Round(m.CpuSeconds, 3), ratioToPdftotext = Math.Round(m.Seconds / Math.Max(ptWall, 0.001), 2), peakMemoryMB = Math.Round(m.PeakBytes / 1048576.0, 1) }).ToList(),
        ["warmTools"] = warm.Zip(warmTimes, (w, m) => new { tool = w.Label, firstSeconds = Math.Round(m.FirstSeconds, 3), seconds = Math.Round(m.Seconds, 3), ratioToPdftotext = Math.Round(m.Seconds / Math.Max(ptWall, 0.001), 2), peakMemoryMB = Math.Round(m.PeakBytes / 1048576.0, 1) }).ToList(),
        ["pagesPerSecond"] = Math.Round(pages / wall, 1),
        ["peakMemoryMB"] = Math.Round(peak / 1048576.0, 1),
        ["pdftotextSeconds"] = Math.Round(ptWall, 3),
        ["pdftotextPeakMemoryMB"] = Math.Round(ptPeak / 1048576.0, 1),
        ["ratioToPdftotext"] = Math.Round(wall / Math.Max(ptWall, 0.001), 2),
    };
    rows.Add(row);
    Console.WriteLine($"{Path.GetFileName(file),-28} {pages,6} {wall,8:0.000} {cpu,6:0.00} {inProcess,9:0.000} {pages / wall,8:0.0} {peak / 1048576.0,8:0.0} {ptWall,11:0.000} {wall / Math.Max(ptWall, 0.001),6:0.00} {ptPeak / 1048576.0,6:0.0}" + string.Concat(toolTimes.Select(m => $" | {m.Seconds,8:0.000} / {m.CpuSeconds,5:0.00} / {m.Seconds / Math.Max(ptWall, 0.001),5:0.0} / {m.PeakBytes / 1048576.0,5:0}")) + string.Concat(warmTimes.Select(m => $" | {m.FirstSeconds,6:0.000} / {m.Seconds,6:0.000} / {m.Seconds / Math.Max(ptWall, 0.001),5:0.0} / {m.PeakBytes / 1048576.0,5:0}")));
}

foreach (var w in warm)
{
    w.Dispose();
}

File.WriteAllText(json, JsonSerializer.Serialize(new { machine = Environment.MachineName, cores = Environment.ProcessorCount, runs, rows }, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine($"written {json}");
return 0;

static int PageCount(string file)
{
    using var doc = UglyToad.PdfPig.PdfDocument.Open(file);
    return doc.NumberOfPages;
}

// Wall time and peak resident memory of a child process (sampled every 5 ms, plus the kernel's
// high-water mark VmHWM read just before the process is reaped).
// "net10.0" for build output, the publish folder's name otherwise.
static string ToolLabel(string tool) => Path.GetFileName(Path.GetDirectoryName(tool)) ?? tool;

static (double Seconds, long PeakBytes, string Stdout, double CpuSeconds) MeasureRuns(int runs, string exe, string[] arguments)
{
    var all = Enumerable.Range(0, Math.Max(1, runs)).Select(_ => Measure(exe, arguments)).OrderBy(m => m.Seconds).ToList();
    var median = all[all.Count / 2];
    return (median.Seconds, all.Max(m => m.PeakBytes), median.Stdout, all.Select(m => m.CpuSeconds).Order().ElementAt(all.Count / 2));
}

static (double Seconds, long PeakBytes, string Stdout, double CpuSeconds) Measure(string exe, string[] arguments)
{
    var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
    foreach (var a in arguments)
    {
        start.ArgumentList.Add(a);
    }

    var cpuBefore = ChildCpu.Seconds();
    var watch = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    long peak = 0;
    while (!process.WaitForExit(5))
    {
        peak = Math.Max(peak, HighWaterMark(process.Id));
    }

    watch.Stop();

    // CPU time says more than wall time on a shared, loaded machine: start-up (JIT) is CPU work.
    // The child is reaped by now, so its CPU time is in this process's RUSAGE_CHILDREN total.
    return (watch.Elapsed.TotalSeconds, peak, output.Result.Trim(), ChildCpu.Seconds() - cpuBefore);
}

static long HighWaterMark(int pid)
{
    try
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
    catch (IOException)
    {
        return 0;
    }
}
