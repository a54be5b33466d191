using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;
using ArvexLab.Graph.Server.Graph;

namespace ArvexLab.Graph.Server.Features.Frameworks.Admin;

/// <summary>The two file forms of a framework with its mappings.</summary>
public enum FrameworkFileFormat { Json = 0, Csv = 1 }

public sealed class FrameworkFileFormatEnumType() : NamedEnumType<FrameworkFileFormat>("FrameworkFileFormat",
    "A file form of a framework with its requirement tree and outgoing crosswalk rows.",
    (FrameworkFileFormat.Json, "JSON", "The JSON document the built-in catalog files use."),
    (FrameworkFileFormat.Csv, "CSV", "One table: a framework row, requirement rows (parents first), mapping rows."));

internal static class FrameworkFiles
{
    public static string Write(FrameworkDocument document, FrameworkFileFormat format) => format switch
    {
        FrameworkFileFormat.Csv => FrameworkCsvFormat.Write(document),
        _ => FrameworkJsonFormat.Write(document),
    };

    /// <exception cref="FormatException">The text is not a framework file of that format.</exception>
    public static FrameworkDocument Read(string content, FrameworkFileFormat format) => format switch
    {
        FrameworkFileFormat.Csv => FrameworkCsvFormat.Read(content),
        _ => FrameworkJsonFormat.Read(content),
    };
}
