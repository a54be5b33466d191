using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Evidence;

/// <summary>
/// The real server as an OS process, killed with SIGKILL alone (its children are not killed with it) while the real
/// arvex-extract works on a job: the tool must end by itself, since the server always starts it with
/// <c>--exit-with-parent</c>, instead of working on for a job that another node runs again.
/// </summary>
public sealed class OrphanedToolTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private const string DemoPartner = "demo-partner";
    private readonly string demoPassword = "Orphan-" + Guid.NewGuid().ToString("N")[..12] + "Aa7";

    [ExtractionToolFact]
    public async Task The_extraction_tool_of_a_server_killed_with_SIGKILL_ends_by_itself_within_seconds()
    {
        await GraphApp.CreateOrganizationAsync(database, "Orphaned tool");
        var folder = Directory.CreateTempSubdirectory("arvex-orphan-tool-");
        try
        {
            var tool = StuckTool(folder.FullName);
            var log = Path.Combine(folder.FullName, "runs.log");
            await using var server = await ServerProcess.StartAsync(new Dictionary<string, string?>(database.Configuration)
            {
                ["Demo:Enabled"] = "true",
                ["Demo:Password"] = demoPassword,
                ["Identity:EphemeralKeys"] = "true",
                ["Extraction:Workers"] = "1",
                ["Extraction:ToolPath"] = tool,
                ["Extraction:PollIntervalSeconds"] = "0.5",
                // Far beyond the test: only the tool itself can end it once the server is gone.
                ["Extraction:TimeoutSeconds"] = "600",
                ["Extraction:LeaseSeconds"] = "900",
            });
            var client = await server.CreateGraphClientAsync(DemoPartner, demoPassword);
            var vendorId = await EvidenceGraph.CreateVendorAsync(client, "Orphan Co");
            await EvidenceGraph.UploadFileAsync(client, vendorId, Path.Combine(RepositoryRoot.RealCorpus, "rapidreconciler_soc2_bridge_letter.pdf"));

            var pid = await ToolPidAsync(log, server);
            Assert.Contains("--exit-with-parent", File.ReadAllText(log), StringComparison.Ordinal);
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.False(await WarmExtractionProcessTests.GoneAsync(pid, TimeSpan.Zero), $"tool {pid} ended while the server was alive:\n{server.OutputTail}");

            await server.KillAsync(entireProcessTree: false);
            Assert.True(await WarmExtractionProcessTests.GoneAsync(pid, TimeSpan.FromSeconds(5)), $"tool {pid} outlived the killed server");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Records its pid and arguments, then becomes the real tool (exec: same pid, the server stays its parent) on a named
    /// pipe nobody writes to, so it is busy for as long as it is left running.
    /// </summary>
    private static string StuckTool(string folder)
    {
        var fifo = Path.Combine(folder, "never-written.pdf");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var real = ExtractionToolCommand.Resolve(ExtractionToolFactAttribute.ToolPath);
        var command = string.Join(' ', real.Arguments.Prepend(real.FileName).Select(a => $"'{a}'"));
        var path = Path.Combine(folder, "stuck-extract.sh");
        File.WriteAllText(path, $"""
            #!/bin/sh
            echo "$$ $*" >> '{Path.Combine(folder, "runs.log")}'
            shift
            exec {command} '{fifo}' "$@"
            """);
        return path;
    }

    private static async Task<int> ToolPidAsync(string log, ServerProcess server)
    {
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (!File.Exists(log) || File.ReadAllText(log).Length == 0)
        {
            Assert.True(DateTime.UtcNow < until, $"The server never started the tool:\n{server.OutputTail}");
            await Task.Delay(200);
        }

        return int.Parse(File.ReadAllText(log).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
