using System.Buffers.Text;
using System.Globalization;
using System.Text;
using ArvexLab.Graph.GraphQL.Errors;

namespace ArvexLab.Graph.GraphQL.Relay;

/// <summary>
/// Opaque, globally unique object IDs: base64url of "TypeName:key". Clients must treat them as
/// opaque; the server rejects an ID that names another type than the one a field expects.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, long key)
        => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{key.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>Decodes any well-formed ID, or throws <see cref="GraphErrorCodes.InvalidId"/>.</summary>
    public static (string TypeName, long Key) Decode(string id)
    {
        if (TryDecode(id, out var typeName, out var key))
        {
            return (typeName, key);
        }

        throw new GraphError(GraphErrorCodes.InvalidId, "The ID is not a valid object ID.");
    }

    /// <summary>Decodes an ID that must name <paramref name="expectedType"/>, or throws INVALID_ID.</summary>
    public static long Decode(string id, string expectedType)
    {
        var (typeName, key) = Decode(id);
        if (!string.Equals(typeName, expectedType, StringComparison.Ordinal))
        {
            throw new GraphError(GraphErrorCodes.InvalidId, $"The ID does not identify a {expectedType}.");
        }

        return key;
    }

    public static bool TryDecode(string? id, out string typeName, out long key)
    {
        typeName = string.Empty;
        key = 0;
        if (string.IsNullOrEmpty(id) || id.Length > 200)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(id);
        }
        catch (FormatException)
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out key))
        {
            return false;
        }

        typeName = text[..colon];
        return true;
    }
}
