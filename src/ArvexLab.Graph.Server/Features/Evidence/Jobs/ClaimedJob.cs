namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

/// <summary>A job this worker holds the lease on; <see cref="Attempts"/> counts this claim.</summary>
public sealed record ClaimedJob(long Id, long OrganizationId, long DocumentId, int Attempts, string LeaseOwner, string? LastErrorCode, string? LastErrorMessage);
