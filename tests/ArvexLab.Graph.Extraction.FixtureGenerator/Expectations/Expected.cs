namespace ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;

public enum Kind { SOC2_TYPE_I, SOC2_TYPE_II, SOC3, BRIDGE_LETTER, ISO27001_CERTIFICATE, UNKNOWN }

public enum Result { NO_EXCEPTIONS, EXCEPTION, NOT_TESTED }

public enum Opinion { UNMODIFIED, QUALIFIED, ADVERSE, DISCLAIMER }

public enum Method { CARVE_OUT, INCLUSIVE }

public enum Tsc { SECURITY, AVAILABILITY, PROCESSING_INTEGRITY, CONFIDENTIALITY, PRIVACY }

public sealed record ExpectedControl(
    string? Ref, string Description, IReadOnlyList<string> Criteria,
    string? TestsPerformed, Result? Result, string? ResultText);

public sealed record ExpectedException(
    string? ControlRef, IReadOnlyList<string> Criteria, string Description, string? ManagementResponse);

public sealed record ExpectedCuec(string Description, IReadOnlyList<string> Criteria);

public sealed record ExpectedSubservice(string Name, string Services, Method Method);

/// <summary>What the extractor must find in one fixture. Field values are strings or string arrays.</summary>
public sealed class ExpectedDocument
{
    public required Kind Kind { get; init; }

    public string? Exercises { get; init; }

    public string? Producer { get; set; }

    public int? PageCount { get; set; }

    public string? Error { get; init; }

    public SortedDictionary<string, object> Fields { get; } = new(StringComparer.Ordinal);

    public List<ExpectedControl> Controls { get; } = [];

    public List<ExpectedException> Exceptions { get; } = [];

    public List<ExpectedCuec> Cuecs { get; } = [];

    public List<ExpectedSubservice> SubserviceOrganizations { get; } = [];
}
