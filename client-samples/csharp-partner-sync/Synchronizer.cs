using System.Text.Json.Nodes;

namespace ArvexLab.PartnerSync;

/// <summary>
/// The sync protocol from docs/sync.md: bootstrap (head cursor first, then a full read), then apply
/// <c>changes(after:)</c> page by page, storing the cursor with each page; on CURSOR_EXPIRED start over.
/// </summary>
public sealed class Synchronizer(GraphClient graph, MirrorStore store, int pageSize)
{
    private static readonly string ChangesQuery = $$"""
        query($after: String, $first: Int, $types: [ChangeEntityType!]) {
          changes(after: $after, first: $first, types: $types) {
            edges { node { entityType entityId operation version
              entity { __typename {{string.Join(" ", MirroredType.All.Select(t => $"... {t.GraphType}Fields"))}} } } }
            pageInfo { hasNextPage endCursor } } }
        {{MirroredType.Fragments}}
        """;

    /// <summary>Brings the mirror up to date; returns how many changes were applied.</summary>
    public async Task<int> SyncAsync()
    {
        if (store.Cursor is null)
        {
            await BootstrapAsync();
        }

        var applied = 0;
        while (true)
        {
            JsonNode data;
            try
            {
                data = await graph.RunAsync(ChangesQuery, new { after = store.Cursor, first = pageSize, types = MirroredType.All.Select(t => t.ChangeType) });
            }
            catch (GraphException ex) when (ex.Code == "CURSOR_EXPIRED")
            {
                Console.WriteLine("cursor expired: resyncing from a full read");
                await BootstrapAsync();
                continue;
            }

            var connection = data["changes"]!;
            using (var transaction = store.Begin())
            {
                foreach (var edge in connection["edges"]!.AsArray())
                {
                    var change = edge!["node"]!;
                    var type = MirroredType.ByChangeType(change["entityType"]!.GetValue<string>());
                    if (change["operation"]!.GetValue<string>() == "DELETED")
                    {
                        store.Delete(transaction, type.GraphType, change["entityId"]!.GetValue<string>());
                    }
                    else if (change["entity"] is JsonObject entity)
                    {
                        entity.Remove("__typename");
                        store.Upsert(transaction, type.GraphType, entity);
                    }

                    // entity null and not DELETED: deleted since; its tombstone follows later in the feed.
                    applied++;
                }

                if (connection["pageInfo"]!["endCursor"]?.GetValue<string>() is { } cursor)
                {
                    store.SetCursor(transaction, cursor);
                }

                transaction.Commit();
            }

            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return applied;
            }
        }
    }

    /// <summary>Takes the head cursor BEFORE reading everything, so changes made during the read are replayed after it.</summary>
    private async Task BootstrapAsync()
    {
        var head = (await graph.RunAsync("{ changeCursor }"))["changeCursor"]!.GetValue<string>();
        var everything = await FullReadAsync();
        using var transaction = store.Begin();
        foreach (var ((type, _), entity) in everything)
        {
            store.Upsert(transaction, type, entity);
        }

        store.SetCursor(transaction, head);
        transaction.Commit();
        Console.WriteLine($"bootstrap: {everything.Count} objects, cursor stored");
    }

    /// <summary>Every mirrored object, read through the ordinary paginated lists.</summary>
    public async Task<Dictionary<(string Type, string Id), JsonNode>> FullReadAsync()
    {
        var all = new Dictionary<(string, string), JsonNode>();
        foreach (var type in MirroredType.All)
        {
            string? after = null;
            do
            {
                var data = await graph.RunAsync(
                    $"query($after: String) {{ {type.RootField}(first: 100, after: $after) {{ nodes {{ ...{type.GraphType}Fields }} pageInfo {{ hasNextPage endCursor }} }} }}\n"
                    + $"fragment {type.GraphType}Fields on {type.GraphType} {{ {type.Fields} }}",
                    new { after });
                var list = data[type.RootField]!;
                foreach (var node in list["nodes"]!.AsArray())
                {
                    all[(type.GraphType, node!["id"]!.GetValue<string>())] = node.DeepClone();
                }

                after = list["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? list["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
            }
            while (after is not null);
        }

        return all;
    }
}
