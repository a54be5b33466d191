using System.Globalization;
using ArvexLab.Graph.Extraction;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extract;

/// <summary>arvex-extract &lt;file.pdf&gt; [--pretty] [--max-pages N] [--timeout-seconds N] [--threads N] [--timings] [--exit-with-parent] | --serve … | --accuracy &lt;folder&gt; [thresholds].</summary>
internal static class CommandLine
{
    private const int RejectedInput = 2;

    private const string Usage = "usage: arvex-extract <file.pdf> [--pretty] [--max-pages N] [--timeout-seconds N] [--threads N] [--no-ocr] [--timings] [--exit-with-parent]\n"
        + "       arvex-extract --serve [--max-pages N] [--timeout-seconds N] [--threads N] [--no-ocr] [--exit-with-parent]\n"
        + "       arvex-extract --accuracy <folder> [--min-kind X] [--min-f1 X] [--min-exceptions-f1 X] [--min-cuecs-f1 X] [--min-fields X] [--json <file>]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
        {
            stderr.WriteLine(Usage);
            return args.Length == 0 ? 1 : 0;
        }

        if (args.Contains(ParentWatch.Option))
        {
            ParentWatch.Start(stderr);
        }

        var index = Array.IndexOf(args, "--accuracy");
        if (index >= 0)
        {
            return index + 1 < args.Length ? AccuracyCommand.Run(args[index + 1], Options(args), args, stdout, stderr) : Fail(stderr);
        }

        if (args.Contains("--serve"))
        {
            return ServeCommand.Run(Options(args), Console.In, stdout, stderr);
        }

        var file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(args, a));
        return file is null ? Fail(stderr) : ExtractOne(file, Options(args), args.Contains("--pretty"), stdout);
    }

    private static int ExtractOne(string file, ExtractionOptions options, bool pretty, TextWriter stdout)
    {
        var (json, exitCode) = Extraction(file, options, pretty);
        stdout.WriteLine(json);
        if (options.StageFinished is not null)
        {
            StageTimings.PrintCollections();
        }

        return exitCode;
    }

    /// <summary>One document's JSON line: the result (exit code 0) or a rejected input's error (exit code 2).</summary>
    internal static (string Json, int ExitCode) Extraction(string file, ExtractionOptions options, bool pretty = false)
    {
        try
        {
            using var stream = File.OpenRead(file);
            var result = new EvidenceExtractor().Run(stream, options);
            return (ExtractionResultJson.Serialize(result, pretty), 0);
        }
        catch (ExtractionException e)
        {
            return (ExtractionResultJson.SerializeError(e.Code, e.Message), RejectedInput);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (ExtractionResultJson.SerializeError(ExtractionErrorCode.NotAPdf, "The file cannot be read: " + e.Message), RejectedInput);
        }
    }

    internal static ExtractionOptions Options(string[] args) => new()
    {
        MaxPages = Number(args, "--max-pages") is { } pages ? (int)pages : 500,
        Timeout = Number(args, "--timeout-seconds") is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        EnableOcr = !args.Contains("--no-ocr"),
        ReadingThreads = Number(args, "--threads") is { } threads ? Math.Max(1, (int)threads) : new ExtractionOptions().ReadingThreads,
        StageFinished = args.Contains("--timings") ? StageTimings.Print : null,
    };

    internal static double? Number(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static bool IsOptionValue(string[] args, string value)
    {
        var i = Array.IndexOf(args, value);
        return i > 0 && args[i - 1] is "--max-pages" or "--timeout-seconds" or "--threads" or "--json" or "--accuracy"
            || i > 0 && args[i - 1].StartsWith("--min-", StringComparison.Ordinal);
    }

    private static int Fail(TextWriter stderr)
    {
        stderr.WriteLine(Usage);
        return 1;
    }
}
