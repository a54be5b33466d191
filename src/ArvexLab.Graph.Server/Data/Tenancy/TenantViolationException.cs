namespace ArvexLab.Graph.Server.Data.Tenancy;

/// <summary>
/// A write that would cross a tenant boundary (another organization's row, or a tenant-owned row with no
/// tenant at all). Always a programming error, never a user error: the graph never lets input choose the tenant.
/// </summary>
public sealed class TenantViolationException(string message) : InvalidOperationException(message);
