using System.Text.Json;

namespace ArvexLab.Graph.Extract;

/// <summary>
/// `--serve`: one long-lived process extracts many documents, so the process start-up and the
/// one-time costs inside it (PdfPig's standard-font metrics; the JIT without a Native AOT build)
/// are paid once instead of per document. Each stdin line is a request <c>{"file":"/path.pdf"}</c>;
/// each answer is one stdout line, exactly what the single-file mode prints for that file (a result,
/// or <c>{"error":{…}}</c> for a rejected input). The process ends at the end of stdin. The caller
/// keeps the wall-clock limit: it kills the process when an answer does not come in time. While it waits for the first
/// request the process extracts a small built-in document (<see cref="WarmUpDocument"/>), so a process started ahead of
/// work is warm when the work comes.
/// </summary>
internal static class ServeCommand
{
    public static int Run(Extraction.Model.ExtractionOptions options, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        // Beside the wait for the first request, so the end of stdin still ends the process at once (a server stopping
        // right after it started one does not wait for a warm-up nobody needs).
        var warmUp = Task.Run(() => WarmUpDocument.Run(options, stderr));
        while (stdin.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (FileOf(line) is not { } file)
            {
                stderr.WriteLine("--serve: each line must be a JSON object {\"file\": \"/path/to/file.pdf\"}.");
                return 1;
            }

            // The first request waits for the warm-up rather than compete with it for the same compilation.
            warmUp.Wait();
            stdout.WriteLine(CommandLine.Extraction(file, options).Json);
            stdout.Flush();
        }

        return 0;
    }

    private static string? FileOf(string line)
    {
        try
        {
            using var request = JsonDocument.Parse(line);
            return request.RootElement.ValueKind == JsonValueKind.Object
                && request.RootElement.TryGetProperty("file", out var file)
                && file.ValueKind == JsonValueKind.String
                ? file.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
