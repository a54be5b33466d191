using System.Text.Json.Nodes;
using ArvexLab.PartnerSync;

// A partner system keeping its own SQLite copy of vendors, evidence documents, controls, exceptions and CUECs in
// sync through the change feed. Run it twice and the second run resumes from the stored cursor.
var server = new Uri(Environment.GetEnvironmentVariable("ARVEX_URL") ?? "http://127.0.0.1:5080");
var clientId = Environment.GetEnvironmentVariable("ARVEX_CLIENT_ID") ?? "demo-partner";
var secret = Environment.GetEnvironmentVariable("ARVEX_CLIENT_SECRET")
    ?? throw new InvalidOperationException("Set ARVEX_CLIENT_SECRET (the demo partner's secret is the server's Demo:Password).");
var mirrorPath = Environment.GetEnvironmentVariable("ARVEX_MIRROR") ?? "partner-mirror.db";
var write = !args.Contains("--read-only");

var graph = await GraphClient.ConnectAsync(server, clientId, secret, write ? "graph:read graph:write" : "graph:read");

using (var store = new MirrorStore(mirrorPath))
{
    Console.WriteLine(store.Cursor is null ? "no stored cursor: first run" : "resuming from the stored cursor");
    Console.WriteLine($"applied {await new Synchronizer(graph, store, pageSize: 25).SyncAsync()} changes");
}

if (write)
{
    // Something to sync: a vendor created and changed twice, as another user of the organization might.
    var created = await graph.RunAsync("mutation($n: String!) { createVendor(input: { name: $n }) { vendor { id version } errors { code message } } }",
        new { n = $"Partner sync sample {DateTimeOffset.UtcNow:yyyyMMddHHmmssfff}" });
    var vendor = created["createVendor"]!["vendor"]!;
    var version = vendor["version"]!.GetValue<int>();
    foreach (var criticality in new[] { "HIGH", "CRITICAL" })
    {
        var updated = await graph.RunAsync("mutation($id: ID!, $v: Int!, $c: Criticality!) { updateVendor(input: { id: $id, version: $v, criticality: $c }) { vendor { version } errors { code } } }",
            new { id = vendor["id"]!.GetValue<string>(), v = version, c = criticality });
        version = updated["updateVendor"]!["vendor"]!["version"]!.GetValue<int>();
    }

    Console.WriteLine($"changed vendor {vendor["id"]} to version {version}");
}

// A fresh store object, as after a restart: only the stored cursor carries over.
using (var store = new MirrorStore(mirrorPath))
{
    var synchronizer = new Synchronizer(graph, store, pageSize: 25);
    Console.WriteLine($"resumed: applied {await synchronizer.SyncAsync()} changes");

    var source = await synchronizer.FullReadAsync();
    var mirror = store.All();
    var differences = source.Keys.Union(mirror.Keys)
        .Where(key => !(source.TryGetValue(key, out var expected) && mirror.TryGetValue(key, out var json) && JsonNode.DeepEquals(expected, JsonNode.Parse(json))))
        .ToList();
    foreach (var (type, id) in differences.Take(10))
    {
        Console.WriteLine($"  differs: {type} {id}");
    }

    var counts = string.Join(", ", source.Keys.GroupBy(k => k.Type).Select(g => $"{g.Count()} {g.Key}"));
    Console.WriteLine(differences.Count == 0
        ? $"mirror == full read: {source.Count} objects ({counts})"
        : $"mirror differs from the full read in {differences.Count} objects");
    return differences.Count == 0 ? 0 : 1;
}
