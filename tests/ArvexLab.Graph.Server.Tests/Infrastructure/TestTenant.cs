using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Tenancy;

namespace ArvexLab.Graph.Server.Tests.Infrastructure;

/// <summary>Tenant contexts for tests: an organization, nobody (an anonymous request), or the system.</summary>
public sealed record TestTenant(long? OrganizationId, bool IsSystem = false) : ITenantContext
{
    public static ITenantContext System => SystemTenantContext.Instance;

    public static TestTenant Anonymous { get; } = new((long?)null);

    public static TestTenant Of(long organizationId) => new(organizationId);
}
