namespace ArvexLab.Graph.Server.Data.Tenancy;

/// <summary>
/// The tenant of a pooled context that is not leased (in the pool, or created by the pool): any query fails instead
/// of running with no tenant or with the previous lessee's.
/// </summary>
internal sealed class UnleasedTenant : ITenantContext
{
    public static readonly UnleasedTenant Instance = new();

    private UnleasedTenant()
    {
    }

    public long? OrganizationId => throw NotLeased();
    public bool IsSystem => throw NotLeased();

    private static InvalidOperationException NotLeased() =>
        new("This DbContext is not leased to a tenant (it was returned to the pool); lease one with GraphDbContextActivator.Lease.");
}
