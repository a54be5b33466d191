namespace ArvexLab.Graph.Server.Data.Tenancy;

/// <summary>
/// The tenant of the current request (from the token). Registered scoped by whoever authenticates requests;
/// <see cref="DemoTenantContext"/> stands in until the identity work replaces it. Code asks for
/// <see cref="ITenantContext"/>, which is this unless the scope was switched to the system tenant.
/// </summary>
public interface IRequestTenantContext : ITenantContext;
