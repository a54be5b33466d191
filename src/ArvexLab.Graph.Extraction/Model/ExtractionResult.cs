namespace ArvexLab.Graph.Extraction.Model;

/// <summary>The structured reading of one evidence document.</summary>
public sealed class ExtractionResult
{
    public DocumentKind Kind { get; init; }

    public int PageCount { get; init; }

    public List<string> Warnings { get; } = [];

    /// <summary>Field name (camelCase, as in the JSON) → value. Ordered by insertion.</summary>
    public Dictionary<string, ExtractedField> Fields { get; } = [];

    public List<ExtractedControl> Controls { get; } = [];

    public List<ExtractedException> Exceptions { get; } = [];

    public List<ExtractedCuec> Cuecs { get; } = [];

    public List<ExtractedSubserviceOrganization> SubserviceOrganizations { get; } = [];
}

/// <summary>A rejected input: the caller gets a typed code, never a crash or invented fields.</summary>
public sealed class ExtractionException(ExtractionErrorCode code, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public ExtractionErrorCode Code { get; } = code;
}
