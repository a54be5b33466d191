using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Sync;

/// <summary>
/// A partner's mirror kept with the change feed the way the docs tell partners to: apply each change in order, take
/// the entity's current state, drop tombstones, store the cursor. Also checks the feed itself while applying it:
/// sequences contiguous (no gap, no duplicate) and each object's versions in order.
/// </summary>
internal sealed class FeedMirror(GraphClient client, int pageSize)
{
    public const string Query = """
        query($after: String, $first: Int) { changes(after: $after, first: $first) {
          edges { cursor node { entityType entityId operation version
            entity { id ... on Vendor { version } ... on EvidenceDocument { version } ... on Control { version } ... on Cuec { version }
              ... on ControlException { version } ... on ExtractedField { version } ... on SubserviceOrganization { version } ... on ControlMapping { version } } } }
          pageInfo { hasNextPage endCursor } } }
        """;

    private readonly Dictionary<string, (string Operation, int Version)> lastSeen = [];

    public Dictionary<string, int> Objects { get; } = [];
    public string? Cursor { get; private set; }
    public long LastSequence { get; private set; }
    public int ChangesApplied { get; private set; }
    public List<string> Problems { get; } = [];

    /// <summary>Reads pages until the feed has nothing more right now.</summary>
    public async Task CatchUpAsync()
    {
        while (true)
        {
            var data = await client.DataAsync(Query, new { after = Cursor, first = pageSize });
            var connection = data["changes"]!;
            foreach (var edge in connection["edges"]!.AsArray())
            {
                Apply(edge!["cursor"]!.GetValue<string>(), edge["node"]!);
            }

            Cursor = connection["pageInfo"]!["endCursor"]?.GetValue<string>() ?? Cursor;
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return;
            }
        }
    }

    private void Apply(string cursor, JsonNode change)
    {
        var sequence = Sequence(cursor);
        if (sequence != LastSequence + 1)
        {
            Problems.Add($"sequence {sequence} after {LastSequence}");
        }

        LastSequence = sequence;
        ChangesApplied++;
        var id = change["entityId"]!.GetValue<string>();
        var operation = change["operation"]!.GetValue<string>();
        var version = change["version"]!.GetValue<int>();
        CheckVersionOrder(id, operation, version);
        if (operation == "DELETED")
        {
            Objects.Remove(id);
            return;
        }

        if (change["entity"] is { } entity)
        {
            var current = entity["version"]!.GetValue<int>();
            Objects[id] = Objects.TryGetValue(id, out var known) ? Math.Max(known, current) : current;
        }
    }

    private void CheckVersionOrder(string id, string operation, int version)
    {
        var expected = lastSeen.TryGetValue(id, out var previous)
            ? operation switch { "UPDATED" => previous.Version + 1, "DELETED" => previous.Version, _ => -1 }
            : operation == "CREATED" ? 1 : -1;
        if (version != expected || previous.Operation == "DELETED")
        {
            Problems.Add($"{id}: {operation} v{version} after {previous.Operation} v{previous.Version}");
        }

        lastSeen[id] = (operation, version);
    }

    public static long Sequence(string cursor)
    {
        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        return long.Parse(text["change:".Length..], CultureInfo.InvariantCulture);
    }
}
