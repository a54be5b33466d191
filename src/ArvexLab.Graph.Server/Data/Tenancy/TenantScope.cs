namespace ArvexLab.Graph.Server.Data.Tenancy;

/// <summary>
/// What <see cref="ITenantContext"/> resolves to in a DI scope: the request's tenant, or the system tenant once
/// <see cref="UseSystem"/> is called (start-up seeding, background workers), so every service resolved in
/// that scope afterwards (DbContext, Identity's UserManager, OpenIddict managers) acts as the system.
/// </summary>
public sealed class TenantScope(IServiceProvider services) : ITenantContext
{
    private ITenantContext? current;

    private ITenantContext Current => current ??= services.GetRequiredService<IRequestTenantContext>();

    public long? OrganizationId => Current.OrganizationId;
    public bool IsSystem => Current.IsSystem;

    /// <summary>Switch this scope to the system tenant. Call before resolving anything that captures the tenant.</summary>
    public void UseSystem() => current = SystemTenantContext.Instance;
}
