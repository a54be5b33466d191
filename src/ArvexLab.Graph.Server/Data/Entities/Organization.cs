namespace ArvexLab.Graph.Server.Data.Entities;

/// <summary>A customer organization: the tenant every owned row belongs to.</summary>
public class Organization
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
