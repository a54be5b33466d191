namespace ArvexLab.Graph.Server.Features.Evidence.Upload;

/// <summary>Payload error and warning codes of the evidence upload mutations.</summary>
public static class EvidenceUploadErrors
{
    public const string NotAPdf = "NOT_A_PDF";
    public const string FileTooLarge = "FILE_TOO_LARGE";
    public const string VendorNotFound = "VENDOR_NOT_FOUND";
    public const string Duplicate = "DUPLICATE";
    public const string AlreadyQueued = "ALREADY_QUEUED";
    public const int MaxServices = 50;
    public const int MaxServiceLength = 200;
}
