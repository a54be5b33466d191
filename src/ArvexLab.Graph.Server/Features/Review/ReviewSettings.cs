namespace ArvexLab.Graph.Server.Features.Review;

/// <summary>
/// Review rules an organization may tune, bound from the <c>Review</c> configuration section
/// (documented in Features/Review/README.md).
/// </summary>
public sealed class ReviewSettings
{
    public const string Section = "Review";

    /// <summary>
    /// Findings below this confidence must be reviewed (not PENDING) before their document can be approved,
    /// unless the approver overrides with a comment. 0.8 matches where the extractor's own heuristics start guessing.
    /// </summary>
    public double LowConfidenceThreshold { get; set; } = 0.8;

    /// <summary>The most IDs one confirmFindings call accepts.</summary>
    public int MaxBulkIds { get; set; } = 500;

    public static ReviewSettings From(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetSection(Section).Get<ReviewSettings>() ?? new ReviewSettings();
}
