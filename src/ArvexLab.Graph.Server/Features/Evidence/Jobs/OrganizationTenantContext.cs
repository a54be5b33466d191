using ArvexLab.Graph.Server.Data;

namespace ArvexLab.Graph.Server.Features.Evidence.Jobs;

/// <summary>
/// A claimed job's work runs as the job's own organization (taken from the job row, never from input), so the
/// tenant filter and write guards hold for the import exactly as they do for a request of that organization.
/// </summary>
public sealed record OrganizationTenantContext(long Id) : ITenantContext
{
    public long? OrganizationId => Id;
    public bool IsSystem => false;
}
