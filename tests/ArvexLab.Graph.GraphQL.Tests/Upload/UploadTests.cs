using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ArvexLab.Graph.GraphQL.Tests.Protection;

namespace ArvexLab.Graph.GraphQL.Tests.Upload;

/// <summary>GraphQL multipart requests against a real Kestrel server, with a real PDF from the shared corpus.</summary>
public sealed class UploadTests : IAsyncLifetime
{
    private const string Pdf = "/work/shared/corpus/real/rapidreconciler_soc2_bridge_letter.pdf";
    private const string Operations = """{"query":"query($file: Upload!) { inspect(file: $file) }","variables":{"file":null}}""";
    private ProtectionServer server = null!;

    public async Task InitializeAsync() => server = await ProtectionServer.StartAsync(new Dictionary<string, string?>
    {
        ["GraphQL:Uploads:MaxFileBytes"] = "200000",
        ["GraphQL:Uploads:MaxFiles"] = "2",
    });

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static MultipartFormDataContent Multipart(string operations, string map, params (string Name, byte[] Content, string FileName)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(operations), "operations" }, { new StringContent(map), "map" } };
        foreach (var (name, content, fileName) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(part, name, fileName);
        }

        return form;
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(MultipartFormDataContent form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = form };
        request.Headers.Add("GraphQL-Require-Preflight", "1");
        using var response = await server.Http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static string[] Inspect(JsonNode body) => body["data"]!["inspect"]!.GetValue<string>().Split('|');

    [Fact]
    public async Task A_real_pdf_reaches_the_resolver_as_a_sniffable_temp_file_deleted_after_the_response()
    {
        var bytes = await File.ReadAllBytesAsync(Pdf);
        var (status, body) = await SendAsync(Multipart(Operations, """{"0":["variables.file"]}""", ("0", bytes, "bridge letter.pdf")));
        Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
        var seen = Inspect(body);
        Assert.Equal(["bridge letter.pdf", bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), "True"], seen[..3]);
        Assert.False(File.Exists(seen[3]));
    }

    [Fact]
    public async Task A_client_file_name_is_never_used_as_a_path_and_a_fake_pdf_fails_the_sniff()
    {
        var (status, body) = await SendAsync(Multipart(Operations, """{"0":["variables.file"]}""", ("0", "not a pdf"u8.ToArray(), "../../etc/evil.pdf")));
        Assert.Equal(HttpStatusCode.OK, status);
        var seen = Inspect(body);
        Assert.Equal("evil.pdf", seen[0]);
        Assert.Equal("False", seen[2]);
        Assert.Equal(Path.Combine(Path.GetTempPath(), "graphql-uploads"), Path.GetDirectoryName(seen[3]));
        Assert.DoesNotContain("evil", seen[3]);
    }

    [Fact]
    public async Task A_body_longer_than_all_files_may_be_is_413_from_its_Content_Length()
    {
        var (status, body) = await SendAsync(Multipart(Operations, """{"0":["variables.file"]}""", ("0", new byte[5_000_000], "big.pdf")));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("REQUEST_TOO_LARGE", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_413_FILE_TOO_LARGE_while_streaming_and_the_server_stays_responsive()
    {
        var clock = Stopwatch.StartNew();
        var (status, body) = await SendAsync(Multipart(Operations, """{"0":["variables.file"]}""", ("0", new byte[300_000], "big.pdf")));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("FILE_TOO_LARGE", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var (_, hello) = await server.QueryAsync("{ hello }");
        Assert.Equal("world", hello["data"]!["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task More_files_than_allowed_is_413_TOO_MANY_FILES()
    {
        var file = ("x", "%PDF-1.4"u8.ToArray(), "a.pdf");
        var (status, body) = await SendAsync(Multipart(Operations, """{"0":["variables.file"],"1":["variables.file"],"2":["variables.file"]}""",
            ("0", file.Item2, "a.pdf"), ("1", file.Item2, "b.pdf"), ("2", file.Item2, "c.pdf")));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("TOO_MANY_FILES", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_map_naming_a_missing_file_is_400_INVALID_MULTIPART()
    {
        var (status, body) = await SendAsync(Multipart(Operations, """{"0":["variables.file"]}"""));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("INVALID_MULTIPART", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Curl_F_uploads_a_real_pdf()
    {
        var curl = Process.Start(new ProcessStartInfo("curl")
        {
            ArgumentList =
            {
                "-sS", "--max-time", "30", "-H", "GraphQL-Require-Preflight: 1",
                "-F", "operations=" + Operations, "-F", "map={\"0\":[\"variables.file\"]}", "-F", "0=@" + Pdf,
                new Uri(server.Http.BaseAddress!, "/graphql").ToString(),
            },
            RedirectStandardOutput = true,
        })!;
        var output = await curl.StandardOutput.ReadToEndAsync();
        await curl.WaitForExitAsync();
        Assert.Equal(0, curl.ExitCode);
        var seen = Inspect(JsonNode.Parse(output)!);
        Assert.Equal(["rapidreconciler_soc2_bridge_letter.pdf", new FileInfo(Pdf).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), "True"], seen[..3]);
    }
}
