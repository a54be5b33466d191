using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

/// <summary>One row of a crosswalk file: requirement of one framework version ↔ requirement of another.</summary>
public sealed record CrosswalkRow(
    string SourceFramework,
    string SourceVersion,
    string SourceRef,
    string TargetFramework,
    string TargetVersion,
    string TargetRef,
    MappingRelationship Relationship,
    string Source);

/// <summary>Crosswalk files: one CSV per framework pair, a header row, every row naming who published it.</summary>
public static class CrosswalkCsvFormat
{
    public static readonly IReadOnlyList<string> Header =
        ["source_framework", "source_version", "source_ref", "target_framework", "target_version", "target_ref", "relationship", "source"];

    /// <exception cref="FormatException">A missing header, a short row, an empty field or an unknown relationship.</exception>
    public static List<CrosswalkRow> Read(string csv, string fileName)
    {
        var rows = Csv.Read(csv);
        if (rows.Count == 0 || !rows[0].SequenceEqual(Header))
        {
            throw new FormatException($"{fileName}: the first row must be the header: {string.Join(',', Header)}.");
        }
        var result = new List<CrosswalkRow>(rows.Count - 1);
        for (var i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
            var line = i + 1;
            if (row.Length != Header.Count || row.Any(string.IsNullOrWhiteSpace))
            {
                throw new FormatException($"{fileName} row {line}: every one of the {Header.Count} fields is required.");
            }
            result.Add(new CrosswalkRow(row[0]!, row[1]!, row[2]!, row[3]!, row[4]!, row[5]!,
                FrameworkCsvFormat.ParseRelationship(row[6]!, line), row[7]!));
        }
        return result;
    }

    public static string Write(IEnumerable<CrosswalkRow> rows) =>
        Csv.Write(rows.Select(r => (IReadOnlyList<string?>)[r.SourceFramework, r.SourceVersion, r.SourceRef, r.TargetFramework,
            r.TargetVersion, r.TargetRef, FrameworkCsvFormat.RelationshipName(r.Relationship), r.Source]).Prepend(Header.ToArray()));
}
