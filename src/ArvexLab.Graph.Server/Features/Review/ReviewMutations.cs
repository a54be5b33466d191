using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Review;

/// <summary>Every review mutation, for GraphSchema's one line.</summary>
public static class ReviewMutations
{
    public static void AddReviewMutations(this ObjectGraphType mutation)
    {
        mutation.AddFindingReviewMutations();
        mutation.AddConfirmFindingsMutation();
        mutation.AddFindingAddMutations();
        mutation.AddCuecTrackingMutations();
        mutation.AddEvidenceReviewMutations();
    }
}
