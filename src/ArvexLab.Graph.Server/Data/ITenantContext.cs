namespace ArvexLab.Graph.Server.Data;

/// <summary>
/// Which organization the current unit of work acts for. Comes from the request's user (the token),
/// never from input. Background work (migrations, catalog loading, extraction workers) runs as
/// <see cref="IsSystem"/> and must stamp organizations explicitly.
/// </summary>
public interface ITenantContext
{
    long? OrganizationId { get; }
    bool IsSystem { get; }
}
