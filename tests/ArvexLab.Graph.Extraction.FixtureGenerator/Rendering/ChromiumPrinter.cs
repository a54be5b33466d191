using System.Diagnostics;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Rendering;

/// <summary>Producer (b), second half: prints an HTML file to PDF with Debian's headless Chromium.</summary>
public static class ChromiumPrinter
{
    public const string Executable = "/usr/bin/chromium";

    public static byte[] Print(string html, string workDirectory)
    {
        Directory.CreateDirectory(workDirectory);
        var htmlPath = Path.Combine(workDirectory, "page.html");
        var pdfPath = Path.Combine(workDirectory, "page.pdf");
        File.WriteAllText(htmlPath, html);
        File.Delete(pdfPath);
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(workDirectory, "profile")}",
            $"--print-to-pdf={pdfPath}", new Uri(htmlPath).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish printing in 90 s");
        }
        if (!File.Exists(pdfPath))
            throw new InvalidOperationException($"chromium exited {process.ExitCode} without writing {pdfPath}");
        return File.ReadAllBytes(pdfPath);
    }
}
