using ArvexLab.Graph.Server.Data.Tenancy;

namespace ArvexLab.Graph.Server.Features.Identity;

/// <summary>
/// The tenant of an HTTP request: the organization claim of the authenticated caller's token. No
/// caller, no organization — the tenant filters then match nothing.
/// </summary>
public sealed class ClaimsTenantContext(IHttpContextAccessor accessor) : IRequestTenantContext
{
    public long? OrganizationId => accessor.HttpContext?.User.OrganizationId();

    public bool IsSystem => false;
}
