using System.Buffers.Text;
using System.Text.Json;
using ArvexLab.Graph.GraphQL.Errors;
using ArvexLab.Graph.GraphQL.Sorting;

namespace ArvexLab.Graph.GraphQL.Paging;

/// <summary>
/// Cursors carry the sort-key values of a row and the signature of the ordering they belong to:
/// base64url(JSON [signature, value1, …, id]).
/// </summary>
internal static class CursorCodec
{
    public static string Encode(SortSpec spec, IReadOnlyList<object?> values)
    {
        var payload = new object?[values.Count + 1];
        payload[0] = spec.Signature;
        for (var i = 0; i < values.Count; i++)
        {
            payload[i + 1] = values[i];
        }

        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
    }

    /// <summary>Decodes a cursor into typed key values, or throws INVALID_CURSOR.</summary>
    public static object?[] Decode(SortSpec spec, string cursor)
    {
        try
        {
            var json = JsonSerializer.Deserialize<JsonElement[]>(Base64Url.DecodeFromChars(cursor));
            if (json is null || json.Length != spec.Keys.Count + 1 || json[0].GetString() != spec.Signature)
            {
                throw Invalid();
            }

            var values = new object?[spec.Keys.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = json[i + 1].Deserialize(spec.Keys[i].ValueType) ?? throw Invalid();
            }

            return values;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException or NotSupportedException)
        {
            throw Invalid();
        }
    }

    private static GraphError Invalid() => new(GraphErrorCodes.InvalidCursor,
        "The cursor is invalid or belongs to another ordering or filter; start again from the first page.");
}
