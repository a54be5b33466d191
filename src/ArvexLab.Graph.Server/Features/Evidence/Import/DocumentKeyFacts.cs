using System.Globalization;
using ArvexLab.Graph.Server.Data.Configurations;
using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Evidence.Import;

/// <summary>
/// Copies the key facts from the document's fields into its columns (so posture queries can filter on them),
/// using each field's reviewed value: a corrected field gives its correction, a rejected one gives nothing.
/// </summary>
public static class DocumentKeyFacts
{
    public static void Apply(EvidenceDocument document, IEnumerable<ExtractedField> fields, string? extractedKind, int? pageCount)
    {
        var values = fields
            .GroupBy(f => f.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Effective(g.OrderByDescending(f => f.ReviewState != ReviewState.Pending).First()), StringComparer.Ordinal);

        if (document.Kind == EvidenceKind.Other && Kind(extractedKind) is { } kind)
        {
            document.Kind = kind;
        }

        document.PageCount = pageCount is > 0 ? pageCount : document.PageCount;
        document.Auditor = Get(values, "auditor") is { Length: > Lengths.Name } longName ? longName[..Lengths.Name] : Get(values, "auditor");
        document.Opinion = Get(values, "opinion") switch
        {
            "UNMODIFIED" => Opinion.Unmodified,
            "QUALIFIED" => Opinion.Qualified,
            "ADVERSE" => Opinion.Adverse,
            "DISCLAIMER" => Opinion.Disclaimer,
            _ => null,
        };
        document.ReportDate = Date(Get(values, "reportDate"));
        document.PeriodStart = Date(Get(values, "periodStart"));
        // A Type I report is as of one date: that date is the end of what it covers.
        document.PeriodEnd = Date(Get(values, "periodEnd")) ?? Date(Get(values, "asOfDate"));
        document.IssueDate = Date(Get(values, "issueDate"));
        document.ExpiryDate = Date(Get(values, "expiryDate"));
    }

    public static EvidenceKind? Kind(string? extracted) => extracted switch
    {
        "SOC2_TYPE_I" => EvidenceKind.Soc2TypeI,
        "SOC2_TYPE_II" => EvidenceKind.Soc2TypeII,
        "SOC3" => EvidenceKind.Soc3,
        "BRIDGE_LETTER" => EvidenceKind.BridgeLetter,
        "ISO27001_CERTIFICATE" => EvidenceKind.Iso27001Certificate,
        _ => null,
    };

    private static string? Effective(ExtractedField field) => field.ReviewState switch
    {
        ReviewState.Rejected => null,
        ReviewState.Corrected => field.ReviewedValue,
        _ => field.Value,
    };

    private static string? Get(Dictionary<string, string?> values, string name) =>
        values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static DateOnly? Date(string? value) =>
        value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact) ? exact
        : value is not null && DateOnly.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var loose) ? loose
        : null;
}
