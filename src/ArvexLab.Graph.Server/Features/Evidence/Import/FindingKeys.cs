using System.Text;

namespace ArvexLab.Graph.Server.Features.Evidence.Import;

/// <summary>
/// What makes two extractions of a finding "the same item": normalized reference, name or text, so a
/// re-extraction can recognise an item a reviewer already decided on despite case, spacing or punctuation changes.
/// </summary>
public static class FindingKeys
{
    public static string? Field(string? name) => Text(name);

    /// <summary>A control by its printed ref when it has one, else by its text.</summary>
    public static string? Control(string? reference, string? description) =>
        Text(reference) is { } r ? "ref:" + r : Text(description) is { } d ? "text:" + d : null;

    public static string? Exception(string? controlRef, string? description) =>
        Text(description) is { } d ? (Text(controlRef) ?? "-") + "|" + d : null;

    public static string? Cuec(string? description) => Text(description);

    public static string? SubserviceOrganization(string? name) => Text(name);

    /// <summary>Lower case, letters and digits only, runs of anything else as one space; null when nothing is left.</summary>
    public static string? Text(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        var gap = false;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (gap && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                gap = false;
            }
            else
            {
                gap = true;
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
