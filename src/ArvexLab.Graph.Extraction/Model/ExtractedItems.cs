namespace ArvexLab.Graph.Extraction.Model;

/// <summary>One named value; <see cref="Value"/> is a string, a DateOnly or a list of strings.</summary>
public sealed record ExtractedField(object Value, double Confidence, Citation? Citation);

public sealed record ExtractedControl(
    string? Ref,
    string Description,
    IReadOnlyList<string> Criteria,
    string? TestsPerformed,
    ControlResult? Result,
    string? ResultText,
    double Confidence,
    Citation? Citation);

public sealed record ExtractedException(
    string? ControlRef,
    IReadOnlyList<string> Criteria,
    string Description,
    string? ManagementResponse,
    double Confidence,
    Citation? Citation);

public sealed record ExtractedCuec(
    string Description,
    IReadOnlyList<string> Criteria,
    double Confidence,
    Citation? Citation);

public sealed record ExtractedSubserviceOrganization(
    string Name,
    string? Services,
    SubserviceMethod? Method,
    double Confidence,
    Citation? Citation);
