namespace ArvexLab.Graph.Server.Data.Entities;

/// <summary>A catalog of requirements: built in (OrganizationId null) or an organization's own.</summary>
public class Framework : IVersioned
{
    public long Id { get; set; }
    /// <summary>Null for built-in catalogs, visible to every tenant; set for an organization's own framework.</summary>
    public long? OrganizationId { get; set; }
    /// <summary>Stable key clients use (iso27001-2022, soc2-tsc-2017, nis2, dora, gdpr).</summary>
    public required string Key { get; set; }
    public required string Name { get; set; }
    public required string CatalogVersion { get; set; }
    public string? Description { get; set; }
    /// <summary>Where the catalog's text comes from (publication, licence).</summary>
    public string? Source { get; set; }
    public bool IsBuiltIn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    public List<Requirement> Requirements { get; set; } = [];
}

/// <summary>One requirement (clause, control, criterion, article paragraph) in a framework's tree.</summary>
public class Requirement : IVersioned
{
    public long Id { get; set; }
    public long FrameworkId { get; set; }
    public Framework? Framework { get; set; }
    public long? OrganizationId { get; set; }
    public long? ParentId { get; set; }
    public Requirement? Parent { get; set; }
    public required string Ref { get; set; }
    public required string Title { get; set; }
    public string? Text { get; set; }
    public int SortOrder { get; set; }
    public int Version { get; set; }
}

/// <summary>A crosswalk row: how a requirement of one framework relates to one of another.</summary>
public class RequirementMapping : IVersioned
{
    public long Id { get; set; }
    public long? OrganizationId { get; set; }
    public long SourceRequirementId { get; set; }
    public Requirement? SourceRequirement { get; set; }
    public long TargetRequirementId { get; set; }
    public Requirement? TargetRequirement { get; set; }
    public MappingRelationship Relationship { get; set; }
    /// <summary>Who published the row (e.g. "ENISA NIS2 technical implementation guidance, CC BY 4.0" or "ArvexLab").</summary>
    public required string Source { get; set; }
    public int Version { get; set; }
}

/// <summary>A vendor control mapped to a customer obligation.</summary>
public class ControlMapping : ITenantOwned, IVersioned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long ControlId { get; set; }
    public Control? Control { get; set; }
    public long RequirementId { get; set; }
    public Requirement? Requirement { get; set; }
    public ControlMappingMethod Method { get; set; }
    public double Confidence { get; set; }
    /// <summary>For DERIVED mappings, the requirement refs walked through the crosswalk.</summary>
    public string? Path { get; set; }
    public ReviewState ReviewState { get; set; }
    public int Version { get; set; }
}
