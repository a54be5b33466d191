using ArvexLab.Graph.Server.Graph;

namespace ArvexLab.Graph.Server.Features.Review;

/// <summary>What a reviewer decides about one finding.</summary>
public enum ReviewDecision { Confirm = 0, Correct = 1, Reject = 2 }

public sealed class ReviewDecisionEnumType() : NamedEnumType<ReviewDecision>("ReviewDecision",
    "A reviewer's decision on one finding.",
    (ReviewDecision.Confirm, "CONFIRM", "The finding is right as extracted (a corrected finding goes back to its extracted values)."),
    (ReviewDecision.Correct, "CORRECT", "The finding is right once the given values replace the extracted ones; the extracted values are kept beside them."),
    (ReviewDecision.Reject, "REJECT", "The finding is wrong or irrelevant; it stays on record but no longer counts."));
