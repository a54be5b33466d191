namespace ArvexLab.Graph.Server.Data.Tenancy;

/// <summary>
/// Stand-in request tenant until sign-in exists: every request acts as the demo organization (the first
/// organization by id). The identity work replaces this registration with the token's organization.
/// </summary>
public sealed class DemoTenantContext(DemoOrganization demo) : IRequestTenantContext
{
    public long? OrganizationId => demo.Id;
    public bool IsSystem => false;
}

/// <summary>Finds the demo organization once (it never changes after seeding) and remembers it.</summary>
public sealed class DemoOrganization(GraphDbContextActivator activator)
{
    private long? id;

    public long? Id => id ??= Find();

    private long? Find()
    {
        // The system context reads across organizations without IgnoreQueryFilters; null until seeding ran.
        using var db = activator.Create(SystemTenantContext.Instance);
        return db.Organizations.OrderBy(o => o.Id).Select(o => (long?)o.Id).FirstOrDefault();
    }
}
