using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Evidence.Live;

/// <summary>A document's extraction status as read from the database at one moment.</summary>
public sealed record EvidenceStatusChange(long DocumentId, EvidenceStatus Status, string? FailureCode, string? FailureMessage, DateTimeOffset ChangedAt)
{
    /// <summary>Whether a subscriber who last saw <paramref name="previous"/> should hear about this state.</summary>
    public bool DiffersFrom(EvidenceStatusChange? previous) =>
        previous is null || (previous.Status, previous.FailureCode, previous.FailureMessage) != (Status, FailureCode, FailureMessage);
}
