using System.Text.Json;
using ArvexLab.Graph.Server.Data.Configurations;
using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Evidence.Import;

/// <summary>
/// Writes one extracted item's values onto its entity (new or pending): values cut to the column limits, the
/// contract's SCREAMING_CASE enums mapped, confidence/citation copied, and the raw item kept as the snapshot.
/// </summary>
public static class FindingValues
{
    public static void Apply(ExtractedField field, ExtractedFieldOutput output)
    {
        field.Value = Cut(output.Text, Lengths.Notes);
        Cite(field, output);
    }

    public static void Apply(Control control, ControlOutput output)
    {
        control.Ref = Cut(output.Ref, Lengths.Ref);
        control.Description = output.Description ?? string.Empty;
        control.Criteria = Criteria(output.Criteria);
        control.TestsPerformed = output.TestsPerformed;
        control.Result = output.Result switch
        {
            "NO_EXCEPTIONS" => ControlResult.NoExceptions,
            "EXCEPTION" => ControlResult.Exception,
            "NOT_TESTED" => ControlResult.NotTested,
            _ => ControlResult.Unknown,
        };
        control.ResultText = Cut(output.ResultText, Lengths.Notes);
        Cite(control, output);
    }

    public static void Apply(ControlException exception, ExceptionOutput output)
    {
        exception.ControlRef = Cut(output.ControlRef, Lengths.Ref);
        exception.Criteria = Criteria(output.Criteria);
        exception.Description = output.Description ?? string.Empty;
        exception.ManagementResponse = output.ManagementResponse;
        Cite(exception, output);
    }

    public static void Apply(Cuec cuec, CuecOutput output)
    {
        cuec.Description = output.Description ?? string.Empty;
        cuec.Criteria = Criteria(output.Criteria);
        Cite(cuec, output);
    }

    public static void Apply(SubserviceOrganization organization, SubserviceOrganizationOutput output)
    {
        organization.Name = Cut(output.Name, Lengths.Name) ?? string.Empty;
        organization.Services = Cut(output.Services, Lengths.Notes);
        // The column has no "unknown": carve-out is what reports use unless they say otherwise; the snapshot keeps the null.
        organization.Method = output.Method == "INCLUSIVE" ? SubserviceMethod.Inclusive : SubserviceMethod.CarveOut;
        Cite(organization, output);
    }

    public static T? Snapshot<T>(string json) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, ExtractionOutput.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Cite<T>(Finding finding, T output) where T : ICitedOutput
    {
        finding.Confidence = double.IsFinite(output.Confidence) ? Math.Clamp(output.Confidence, 0, 1) : 0;
        finding.Page = output.Page is > 0 ? output.Page : null;
        var box = output.Bbox is { Length: 4 } b ? b : null;
        finding.BoxX0 = box?[0];
        finding.BoxY0 = box?[1];
        finding.BoxX1 = box?[2];
        finding.BoxY1 = box?[3];
        finding.ExtractedSnapshot = JsonSerializer.Serialize(output, ExtractionOutput.Json);
    }

    private static List<string> Criteria(List<string>? criteria) =>
        (criteria ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => Cut(c.Trim(), Lengths.Ref)!).Distinct().ToList();

    private static string? Cut(string? value, int length) => value is { } v && v.Length > length ? v[..length] : value;
}
