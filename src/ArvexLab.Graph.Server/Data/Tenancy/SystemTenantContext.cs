namespace ArvexLab.Graph.Server.Data.Tenancy;

/// <summary>Start-up and background work: sees every organization and must stamp organizations itself.</summary>
public sealed class SystemTenantContext : ITenantContext
{
    public static readonly SystemTenantContext Instance = new();

    private SystemTenantContext()
    {
    }

    public long? OrganizationId => null;
    public bool IsSystem => true;
}
