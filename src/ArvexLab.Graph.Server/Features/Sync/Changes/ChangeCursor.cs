using System.Buffers.Text;
using System.Globalization;
using System.Text;
using ArvexLab.Graph.GraphQL.Errors;

namespace ArvexLab.Graph.Server.Features.Sync.Changes;

/// <summary>Change feed cursors: opaque to clients, base64url of "change:&lt;sequence&gt;".</summary>
public static class ChangeCursor
{
    private const string Prefix = "change:";

    public static string Encode(long sequence)
        => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + sequence.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The sequence a cursor points at (0 for none), or INVALID_CURSOR.</summary>
    public static long Decode(string? cursor)
    {
        if (cursor is null)
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return sequence;
            }
        }
        catch (FormatException)
        {
        }

        throw new GraphError(GraphErrorCodes.InvalidCursor, "The cursor is not a change feed cursor.");
    }
}
