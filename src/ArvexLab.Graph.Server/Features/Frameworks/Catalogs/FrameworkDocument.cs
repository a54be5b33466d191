using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

/// <summary>
/// A framework with its requirement tree and its outgoing mappings, as exchanged in files (built-in catalog data,
/// admin import and export). Requirements are listed parents first; their order among siblings is their sort order.
/// </summary>
public sealed record FrameworkDocument(
    string Key,
    string Name,
    string CatalogVersion,
    string? Description,
    string? Source,
    IReadOnlyList<RequirementDocument> Requirements,
    IReadOnlyList<MappingDocument> Mappings)
{
    /// <summary>Problems that make the document unusable; empty when it can be imported.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Key)) errors.Add("The framework key is empty.");
        if (string.IsNullOrWhiteSpace(Name)) errors.Add("The framework name is empty.");
        if (string.IsNullOrWhiteSpace(CatalogVersion)) errors.Add("The catalog version is empty.");

        var refs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var requirement in Requirements)
        {
            if (string.IsNullOrWhiteSpace(requirement.Ref)) errors.Add("A requirement has an empty ref.");
            else if (!refs.Add(requirement.Ref)) errors.Add($"Requirement '{requirement.Ref}' appears twice.");
            if (string.IsNullOrWhiteSpace(requirement.Title)) errors.Add($"Requirement '{requirement.Ref}' has no title.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var requirement in Requirements)
        {
            // Parents first keeps the tree acyclic by construction and lets readers build it in one pass.
            if (requirement.Parent is { } parent && !seen.Contains(parent))
            {
                errors.Add(refs.Contains(parent)
                    ? $"Requirement '{requirement.Ref}' comes before its parent '{parent}'."
                    : $"Requirement '{requirement.Ref}' names an unknown parent '{parent}'.");
            }
            seen.Add(requirement.Ref);
        }

        foreach (var mapping in Mappings)
        {
            if (!refs.Contains(mapping.Ref)) errors.Add($"A mapping starts at unknown requirement '{mapping.Ref}'.");
            if (string.IsNullOrWhiteSpace(mapping.Source)) errors.Add($"The mapping {mapping.Ref} -> {mapping.TargetFramework} {mapping.TargetRef} names no source.");
        }
        return errors;
    }
}

/// <summary>One requirement; <see cref="Parent"/> is the ref of its parent in the same framework.</summary>
public sealed record RequirementDocument(string Ref, string? Parent, string Title, string? Text);

/// <summary>A crosswalk row from a requirement of this framework to a requirement of a framework version.</summary>
public sealed record MappingDocument(
    string Ref,
    string TargetFramework,
    string TargetVersion,
    string TargetRef,
    MappingRelationship Relationship,
    string Source);
