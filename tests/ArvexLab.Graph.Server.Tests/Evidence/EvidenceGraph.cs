using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>
/// Evidence operations over /graphql as a client sends them: uploads as GraphQL multipart requests streamed from the
/// file's path (the real PDFs are read in place, never copied), and status polling until extraction ends.
/// </summary>
public static class EvidenceGraph
{
    public const string Upload = """
        mutation($input: UploadEvidenceInput!) { uploadEvidence(input: $input) {
          document { id status kind fileName sha256 sizeBytes coversServices uploadedBy version }
          errors { code message field } warnings { code message } } }
        """;

    public static async Task<string> CreateVendorAsync(GraphClient client, string name)
    {
        var data = await client.DataAsync("mutation($n: String!) { createVendor(input: { name: $n }) { vendor { id } errors { code } } }", new { n = name });
        return data["createVendor"]!["vendor"]!["id"]!.GetValue<string>();
    }

    public static Task<GraphResponse> UploadFileAsync(GraphClient client, string vendorId, string path, string? kindHint = null, string[]? coversServices = null, string? fileName = null) =>
        UploadAsync(client, vendorId, new StreamContent(File.OpenRead(path)), fileName ?? Path.GetFileName(path), kindHint, coversServices);

    public static Task<GraphResponse> UploadBytesAsync(GraphClient client, string vendorId, byte[] bytes, string fileName, string? kindHint = null) =>
        UploadAsync(client, vendorId, new ByteArrayContent(bytes), fileName, kindHint, null);

    public static async Task<GraphResponse> UploadAsync(GraphClient client, string vendorId, HttpContent file, string fileName, string? kindHint, string[]? coversServices)
    {
        var operations = JsonSerializer.Serialize(new
        {
            query = Upload,
            variables = new { input = new { vendorId, file = (object?)null, kindHint, coversServices } },
        });
        using var form = new MultipartFormDataContent
        {
            { new StringContent(operations), "operations" },
            { new StringContent("""{"0":["variables.input.file"]}"""), "map" },
        };
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "0", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = form };
        request.Headers.Add("GraphQL-Require-Preflight", "1");
        using var response = await client.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphResponse((int)response.StatusCode, JsonNode.Parse(body)!.AsObject());
    }

    /// <summary>The uploadEvidence payload of a response that must have no GraphQL errors.</summary>
    public static JsonNode Payload(GraphResponse response)
    {
        Assert.True(response.Errors is null && response.StatusCode == 200, $"Unexpected response {response.StatusCode}: {response}");
        return response.Data!["uploadEvidence"]!;
    }

    /// <summary>Polls the document until extraction ends (EXTRACTED or FAILED) or the deadline passes; returns the last state.</summary>
    public static async Task<JsonNode> WaitForExtractionAsync(GraphClient client, string documentId, TimeSpan deadline, string selection = "status failure { code message }")
    {
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            var document = (await client.DataAsync($"query($id: ID!) {{ evidenceDocument(id: $id) {{ {selection} }} }}", new { id = documentId }))["evidenceDocument"]!;
            var status = document["status"]!.GetValue<string>();
            if (status is "EXTRACTED" or "FAILED" || DateTime.UtcNow > until)
            {
                return document;
            }

            await Task.Delay(250);
        }
    }
}
