using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArvexLab.Graph.Bench.Load;
using ArvexLab.Graph.Bench.Seeding;

namespace ArvexLab.Graph.Bench.Runs;

/// <summary>Upload → EXTRACTED for one PDF, as a client sees it; the worker's poll wait and the extraction process start are inside.</summary>
/// <remarks><c>ClaimedMs</c>: the first poll that no longer sees QUEUED (the worker claimed the job), or null if none did.</remarks>
public sealed record ExtractionFigure(string File, int Pages, long Bytes, double UploadMs, double ExtractedMs, string Status, string? Failure, double? ClaimedMs = null);

/// <summary>
/// The end-to-end extraction figure: a server process with one extraction worker (its defaults: woken by the upload,
/// 2 s fallback poll, the tool in its own process per file), a GraphQL multipart upload streamed from the PDF's path
/// for a new vendor, then the document's status polled every 100 ms until EXTRACTED or FAILED.
/// </summary>
public static class ExtractionEndToEnd
{
    public const string DefaultPdf = "/work/shared/corpus/real/synadia_soc2_type2.pdf";

    private const string Upload = """
        mutation($input: UploadEvidenceInput!) { uploadEvidence(input: $input) { document { id status } errors { code message } } }
        """;

    public static async Task<ExtractionFigure> MeasureAsync(BenchDatabase database, string pdf, int pages, CancellationToken cancellationToken)
    {
        await using var server = await ServerProcess.StartAsync(database, 1, cancellationToken);
        using var client = await BenchClient.SignInAsync(server.Ready);
        // A vendor of its own: on a reused database the same file for an existing vendor would come back as a DUPLICATE
        // of a document extracted in an earlier run, and the figure would measure nothing.
        var vendor = (await client.DataAsync("mutation($n: String!) { createVendor(input: { name: $n }) { vendor { id } } }",
            new { n = "Extraction bench " + Guid.NewGuid().ToString("N")[..8] }))["createVendor"]!["vendor"]!["id"]!.GetValue<string>();

        var clock = Stopwatch.StartNew();
        var payload = await UploadAsync(client, vendor, pdf, cancellationToken);
        var uploadMs = clock.Elapsed.TotalMilliseconds;
        if (payload["errors"] is JsonArray { Count: > 0 } errors)
        {
            return new ExtractionFigure(Path.GetFileName(pdf), pages, new FileInfo(pdf).Length, uploadMs, 0, "REJECTED", errors.ToJsonString());
        }

        var id = payload["document"]!["id"]!.GetValue<string>();
        var deadline = TimeSpan.FromMinutes(3);
        double? claimedMs = null;
        while (true)
        {
            var document = (await client.DataAsync("query($id: ID!) { evidenceDocument(id: $id) { status failure { code message } } }", new { id }))["evidenceDocument"]!;
            var status = document["status"]!.GetValue<string>();
            claimedMs ??= status == "QUEUED" ? null : clock.Elapsed.TotalMilliseconds;
            if (status is "EXTRACTED" or "FAILED" || clock.Elapsed > deadline)
            {
                return new ExtractionFigure(Path.GetFileName(pdf), pages, new FileInfo(pdf).Length, uploadMs, clock.Elapsed.TotalMilliseconds, status,
                    document["failure"]?.ToJsonString(), claimedMs);
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static async Task<JsonNode> UploadAsync(BenchClient client, string vendorId, string pdf, CancellationToken cancellationToken)
    {
        var operations = JsonSerializer.Serialize(new { query = Upload, variables = new { input = new { vendorId, file = (object?)null } } });
        await using var stream = File.OpenRead(pdf);
        var file = new StreamContent(stream);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(operations), "operations" },
            { new StringContent("""{"0":["variables.input.file"]}"""), "map" },
            { file, "0", Path.GetFileName(pdf) },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = form };
        request.Headers.Add("GraphQL-Require-Preflight", "1");
        using var response = await client.Http.SendAsync(request, cancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
        if (body["errors"] is { } graphErrors)
        {
            throw new InvalidOperationException($"uploadEvidence failed ({(int)response.StatusCode}): {graphErrors.ToJsonString()}");
        }

        return body["data"]!["uploadEvidence"]!;
    }
}
