using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Mapping;

/// <summary>How well a vendor's evidence covers one requirement.</summary>
public enum CoverageStatus { Covered = 0, Partial = 1, NotCovered = 2 }

/// <summary>One requirement's coverage with the controls, mappings and documents behind it.</summary>
public sealed record RequirementCoverage(
    long RequirementId, CoverageStatus Status, string Reason,
    IReadOnlyList<long> ControlIds, IReadOnlyList<long> MappingIds, IReadOnlyList<long> DocumentIds);

/// <summary>A vendor's coverage of one framework version.</summary>
public sealed record FrameworkCoverage(Framework Framework, IReadOnlyList<RequirementCoverage> Requirements)
{
    public int Count(CoverageStatus status) => Requirements.Count(r => r.Status == status);
}

/// <summary>A requirement of the source framework and what it corresponds to in the target one.</summary>
public sealed record RequirementCorrespondence(long RequirementId, IReadOnlyList<long> CounterpartIds, IReadOnlyList<string> Paths);

/// <summary>Shared and unique requirements of two frameworks through the crosswalk.</summary>
public sealed record FrameworkOverlap(
    Framework Source, Framework Target, IReadOnlyList<RequirementCorrespondence> Shared,
    IReadOnlyList<long> SourceOnlyIds, IReadOnlyList<long> TargetOnlyIds);
