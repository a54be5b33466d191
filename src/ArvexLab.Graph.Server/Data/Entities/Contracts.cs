namespace ArvexLab.Graph.Server.Data.Entities;

/// <summary>A row that belongs to one customer organization; the tenant filter and the write stamp key on it.</summary>
public interface ITenantOwned
{
    long OrganizationId { get; set; }
}

/// <summary>A row edited by people; <see cref="Version"/> is the optimistic-concurrency token clients send back.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
