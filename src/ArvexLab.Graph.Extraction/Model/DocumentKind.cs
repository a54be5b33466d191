namespace ArvexLab.Graph.Extraction.Model;

/// <summary>What a piece of evidence is; serialized SCREAMING_CASE (SOC2_TYPE_II ...).</summary>
public enum DocumentKind
{
    Unknown,
    Soc2TypeI,
    Soc2TypeII,
    Soc3,
    BridgeLetter,
    Iso27001Certificate,
}

public enum ControlResult
{
    NoExceptions,
    Exception,
    NotTested,
}

public enum SubserviceMethod
{
    CarveOut,
    Inclusive,
}

public enum ExtractionErrorCode
{
    NotAPdf,
    EncryptedPdf,
    CorruptPdf,
    TooManyPages,
    TooLarge,
    Timeout,
}
