namespace ArvexLab.Graph.Server.Features.Review;

/// <summary>Payload error codes specific to review, beside the general ones in <c>UserErrorCodes</c>.</summary>
public static class ReviewErrorCodes
{
    /// <summary>Approval refused: low-confidence findings are still pending and no override was given.</summary>
    public const string PendingLowConfidence = "PENDING_LOW_CONFIDENCE";

    /// <summary>The document is not (yet) extracted, so there is nothing to approve.</summary>
    public const string NotExtracted = "NOT_EXTRACTED";
}
