namespace ArvexLab.Graph.Bench.Runs;

/// <summary>
/// <c>extract</c>: only upload → EXTRACTED, <c>--repeat</c> times (each a fresh server process and a new vendor) on a
/// database an earlier run seeded (reused; seeded at <c>--scale</c> if missing). Single figures swing with the load
/// of a shared machine; several in a row show the spread.
/// </summary>
public static class ExtractCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var pdf = arguments.Get("pdf") ?? ExtractionEndToEnd.DefaultPdf;
        var repeat = arguments.GetInt("repeat", 3);
        var databases = new BenchDatabases(arguments.Get("sqlite") ?? Path.Combine(Path.GetTempPath(), "arvex-bench"), arguments.Get("postgres"), reuse: true);
        var (database, _) = await databases.PrepareAsync(arguments.GetInt("scale", 1), cancellationToken);
        int pages;
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            pages = document.NumberOfPages;
        }

        var times = new List<double>();
        for (var i = 1; i <= repeat; i++)
        {
            var figure = await ExtractionEndToEnd.MeasureAsync(database, pdf, pages, cancellationToken);
            Console.WriteLine($"{i}: {figure.File} ({figure.Pages} pages): upload answered in {figure.UploadMs:0} ms, claimed by {figure.ClaimedMs:0} ms, {figure.Status} after {figure.ExtractedMs:0} ms" +
                $"{(figure.Failure is null ? "" : " " + figure.Failure)}; load average {MachineInfo.LoadAverage()}");
            if (figure.Status == "EXTRACTED")
            {
                times.Add(figure.ExtractedMs);
            }
        }

        if (times.Count > 0)
        {
            Console.WriteLine($"Upload → EXTRACTED over {times.Count} runs: median {times.Order().ElementAt(times.Count / 2):0} ms, min {times.Min():0} ms, max {times.Max():0} ms (target < 3000 ms for 40 pages).");
        }

        return times.Count == repeat ? 0 : 1;
    }
}
