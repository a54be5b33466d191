using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

/// <summary>
/// The CSV form of a <see cref="FrameworkDocument"/>: one table, one row per record. The first column says what the
/// row is: one <c>framework</c> row (ref = key, title = name, text = description, version = catalog version), then
/// <c>requirement</c> rows (parents first) and <c>mapping</c> rows (version = the target's catalog version).
/// </summary>
public static class FrameworkCsvFormat
{
    public static readonly IReadOnlyList<string> Header =
        ["record", "ref", "parent", "title", "text", "version", "source", "target_framework", "target_ref", "relationship"];

    public static string Write(FrameworkDocument document)
    {
        var rows = new List<IReadOnlyList<string?>> { Header.ToArray() };
        rows.Add(["framework", document.Key, null, document.Name, document.Description, document.CatalogVersion, document.Source, null, null, null]);
        rows.AddRange(document.Requirements.Select(r =>
            (IReadOnlyList<string?>)["requirement", r.Ref, r.Parent, r.Title, r.Text, null, null, null, null, null]));
        rows.AddRange(document.Mappings.Select(m =>
            (IReadOnlyList<string?>)["mapping", m.Ref, null, null, null, m.TargetVersion, m.Source, m.TargetFramework, m.TargetRef, RelationshipName(m.Relationship)]));
        return Csv.Write(rows);
    }

    /// <exception cref="FormatException">The text is not a framework table.</exception>
    public static FrameworkDocument Read(string csv)
    {
        var rows = Csv.Read(csv);
        if (rows.Count == 0 || !rows[0].SequenceEqual(Header))
        {
            throw new FormatException($"The first row must be the header: {string.Join(',', Header)}.");
        }

        string? key = null, name = null, version = null, description = null, source = null;
        var requirements = new List<RequirementDocument>();
        var mappings = new List<MappingDocument>();
        for (var i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
            var line = i + 1;
            if (row.Length != Header.Count) throw new FormatException($"Row {line}: expected {Header.Count} fields, found {row.Length}.");
            switch (row[0])
            {
                case "framework" when key is null:
                    (key, name, description, version, source) = (Required(row, 1, line), Required(row, 3, line), row[4], Required(row, 5, line), row[6]);
                    break;
                case "framework":
                    throw new FormatException($"Row {line}: a second framework row.");
                case "requirement":
                    requirements.Add(new RequirementDocument(Required(row, 1, line), row[2], Required(row, 3, line), row[4]));
                    break;
                case "mapping":
                    mappings.Add(new MappingDocument(Required(row, 1, line), Required(row, 7, line), Required(row, 5, line),
                        Required(row, 8, line), ParseRelationship(Required(row, 9, line), line), Required(row, 6, line)));
                    break;
                default:
                    throw new FormatException($"Row {line}: unknown record '{row[0]}' (framework, requirement or mapping).");
            }
        }
        if (key is null) throw new FormatException("The framework row is missing.");
        return new FrameworkDocument(key, name!, version!, description, source, requirements, mappings);
    }

    public static string RelationshipName(MappingRelationship relationship) => relationship.ToString().ToUpperInvariant();

    /// <exception cref="FormatException">Not one of EQUAL, SUBSET, SUPERSET, INTERSECT.</exception>
    public static MappingRelationship ParseRelationship(string text, int line) =>
        Enum.TryParse<MappingRelationship>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsDigit(text[0])
            ? value
            : throw new FormatException($"Row {line}: relationship '{text}' is not EQUAL, SUBSET, SUPERSET or INTERSECT.");

    private static string Required(string?[] row, int column, int line) =>
        row[column] ?? throw new FormatException($"Row {line}: '{Header[column]}' is empty.");
}
