using ArvexLab.Graph.GraphQL.Filtering;
using ArvexLab.Graph.GraphQL.Sorting;
using ArvexLab.Graph.Server.Data.Entities;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Review;

public sealed class ReviewEventFilterInput : FilterInputType<ReviewEvent, ReviewEventFilterInput>
{
    public ReviewEventFilterInput()
    {
        Field("action", e => e.Action, "What happened (CONFIRMED, CORRECTED, APPROVED…).");
        Field("actor", e => e.Actor, "Who did it.");
        Field("entityType", e => e.EntityType, "The kind of object changed.");
        Comparable<DateTimeOffsetGraphType, DateTimeOffset>("occurredAt", e => e.OccurredAt, "When it happened.");
    }
}

public sealed class ReviewEventSortInput : SortInputType<ReviewEvent, ReviewEventSortInput>
{
    public ReviewEventSortInput() => Field("occurredAt", e => e.OccurredAt, "By time (use DESC for newest first).");
}
