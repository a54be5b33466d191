using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;
using ArvexLab.Graph.Server.Features.Posture;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Mapping;

/// <summary>
/// Coverage of a framework by one vendor's current evidence (extracted, not rejected). COVERED: a mapped control was
/// tested without exceptions in an approved SOC 2 Type II report. PARTIAL: mapped controls exist but had exceptions,
/// come from a Type I report, are untested or their evidence is still pending review; or only a valid ISO/IEC 27001
/// certificate or a SOC 3 report reaches the requirement through the crosswalk (certificate-level). NOT_COVERED: nothing.
/// </summary>
public static class CoverageCalculator
{
    public static async Task<FrameworkCoverage?> ComputeAsync(GraphDbContext db, long vendorId, string frameworkKey, string? version, DateOnly today, CancellationToken ct)
        => (await ComputeAsync(db, [vendorId], frameworkKey, version, today, ct)).GetValueOrDefault(vendorId);

    /// <summary>
    /// Coverage for many vendors with a fixed number of statements (a list of vendors asking for coverage is one
    /// batch); vendors that are not visible or a framework that is unknown are left out of the result.
    /// </summary>
    public static async Task<IReadOnlyDictionary<long, FrameworkCoverage?>> ComputeAsync(
        GraphDbContext db, IReadOnlyCollection<long> vendorIds, string frameworkKey, string? version, DateOnly today, CancellationToken ct)
    {
        var framework = await db.Frameworks.AsNoTracking().Where(f => f.Key == frameworkKey && (version == null || f.CatalogVersion == version))
            .OrderByDescending(f => f.Id).FirstOrDefaultAsync(ct);
        if (framework is null)
        {
            return new Dictionary<long, FrameworkCoverage?>();
        }

        var ids = vendorIds.ToList();
        var vendors = await db.Vendors.AsNoTracking().Where(v => ids.Contains(v.Id)).Select(v => new { v.Id, v.OrganizationId }).ToListAsync(ct);
        if (vendors.Count == 0)
        {
            return new Dictionary<long, FrameworkCoverage?>();
        }

        var requirements = await db.Requirements.AsNoTracking().Where(r => r.FrameworkId == framework.Id)
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        var mapped = await db.ControlMappings.AsNoTracking()
            .Where(m => m.Requirement!.FrameworkId == framework.Id && m.ReviewState != ReviewState.Rejected
                && m.Control!.ReviewState != ReviewState.Rejected && ids.Contains(m.Control.Document!.VendorId)
                && m.Control.Document.Status == EvidenceStatus.Extracted && m.Control.Document.ReviewStatus != EvidenceReviewStatus.Rejected)
            .Select(m => new MappedControl(m.Control!.Document!.VendorId, m.Id, m.RequirementId, m.ControlId, m.Control.Ref, m.Control.Result,
                m.Control.DocumentId, m.Control.Document.Kind, m.Control.Document.ReviewStatus,
                m.Control.Exceptions.Count(e => e.ReviewState != ReviewState.Rejected)))
            .ToListAsync(ct);
        var levels = await CertificateLevelAsync(db, vendors.Select(v => (v.Id, v.OrganizationId)).ToList(), framework, requirements, today, ct);

        var byVendorRequirement = mapped.ToLookup(m => (m.VendorId, m.RequirementId));
        return vendors.ToDictionary(v => v.Id, v => (FrameworkCoverage?)new FrameworkCoverage(framework,
            requirements.Select(id => Judge(id, byVendorRequirement[(v.Id, id)].ToList(), levels[v.Id].ToList())).ToList()));
    }

    private static RequirementCoverage Judge(long requirementId, List<MappedControl> controls, List<CertificateLevel> levels)
    {
        var tested = controls.Where(c => c.Kind == EvidenceKind.Soc2TypeII && c.ReviewStatus == EvidenceReviewStatus.Approved
            && c.Result == ControlResult.NoExceptions && c.Exceptions == 0).ToList();
        if (tested.Count > 0)
        {
            return Result(requirementId, CoverageStatus.Covered,
                $"Tested without exceptions in an approved SOC 2 Type II report: {Refs(tested)}.", tested, []);
        }

        if (controls.Count > 0)
        {
            var reasons = new List<string>();
            AddReason(reasons, controls.Where(c => c.Result == ControlResult.Exception || c.Exceptions > 0), "exceptions noted for");
            AddReason(reasons, controls.Where(c => c.Kind == EvidenceKind.Soc2TypeI), "Type I only (designed, not shown operating) for");
            AddReason(reasons, controls.Where(c => c.Result is ControlResult.NotTested or ControlResult.Unknown), "no test result for");
            AddReason(reasons, controls.Where(c => c.ReviewStatus != EvidenceReviewStatus.Approved), "evidence not yet approved for");
            return Result(requirementId, CoverageStatus.Partial, string.Join("; ", reasons) + ".", controls, []);
        }

        var reaching = levels.Where(l => l.Requirements.Contains(requirementId)).ToList();
        if (reaching.Count > 0)
        {
            return Result(requirementId, CoverageStatus.Partial, string.Join("; ", reaching.Select(l => l.Reason)) + ".", [], reaching.Select(l => l.DocumentId));
        }

        return Result(requirementId, CoverageStatus.NotCovered, "No control in the vendor's current evidence maps to this requirement, and no valid certificate reaches it.", [], []);
    }

    private static async Task<ILookup<long, CertificateLevel>> CertificateLevelAsync(
        GraphDbContext db, List<(long Id, long OrganizationId)> vendors, Framework framework, List<long> requirements, DateOnly today, CancellationToken ct)
    {
        var ids = vendors.Select(v => v.Id).ToList();
        var documents = await db.EvidenceDocuments.AsNoTracking()
            .Where(d => ids.Contains(d.VendorId) && d.Status == EvidenceStatus.Extracted && d.ReviewStatus != EvidenceReviewStatus.Rejected
                && (d.Kind == EvidenceKind.Iso27001Certificate || d.Kind == EvidenceKind.Soc3))
            .Select(d => new
            {
                d.Id,
                d.VendorId,
                d.Kind,
                d.Title,
                d.ExpiryDate,
                Standard = d.Fields.Where(f => f.Name == "standard" && f.ReviewState != ReviewState.Rejected).Select(f => f.ReviewedValue ?? f.Value).FirstOrDefault(),
                Version = d.Fields.Where(f => f.Name == "standardVersion" && f.ReviewState != ReviewState.Rejected).Select(f => f.ReviewedValue ?? f.Value).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var levels = new List<(long VendorId, CertificateLevel Level)>();
        if (documents.Count == 0)
        {
            return levels.ToLookup(l => l.VendorId, l => l.Level);
        }

        // One crosswalk per organization (a tenant's request has one; a system caller may span several).
        var organizationOf = vendors.ToDictionary(v => v.Id, v => v.OrganizationId);
        var graphs = new Dictionary<long, CrosswalkGraph>();
        foreach (var organization in documents.Select(d => organizationOf[d.VendorId]).Distinct())
        {
            graphs[organization] = await CrosswalkGraph.LoadAsync(db, organization, ct);
        }

        foreach (var document in documents)
        {
            var edition = Iso27001Editions.Parse(CertificateStandard.Printed(document.Standard, document.Version));
            if (document.Kind == EvidenceKind.Iso27001Certificate && ((document.ExpiryDate is { } expiry && expiry < today) || Iso27001Editions.IsWithdrawn(edition, today)))
            {
                continue; // an expired or lapsed certificate attests nothing today
            }

            var catalog = document.Kind == EvidenceKind.Soc3 ? MappingProposals.TscKey : Iso27001Editions.CatalogKey(edition) ?? MappingProposals.IsoKey;
            var graph = graphs[organizationOf[document.VendorId]];
            var reached = requirements.Where(id => Reaches(graph, id, catalog, framework.Key)).ToHashSet();
            var reason = document.Kind == EvidenceKind.Soc3
                ? $"SOC 3 only ({document.Title}): an opinion on the criteria without tests or exceptions"
                : $"certificate-level only ({document.Title}{(document.ExpiryDate is { } until ? $", valid until {until:yyyy-MM-dd}" : "")}): the ISMS is certified, no tests are shown and the Statement of Applicability may exclude controls";
            levels.Add((document.VendorId, new CertificateLevel(document.Id, reason, reached)));
        }

        return levels.ToLookup(l => l.VendorId, l => l.Level);
    }

    /// <summary>The requirement is in <paramref name="catalog"/>, or linked to it through the crosswalk in at most two steps.</summary>
    private static bool Reaches(CrosswalkGraph graph, long requirementId, string catalog, string frameworkKey)
    {
        if (frameworkKey == catalog)
        {
            return true;
        }

        return graph.From(requirementId).Any(e => e.Target.FrameworkKey == catalog
            || graph.From(e.Target.Id).Any(second => second.Target.FrameworkKey == catalog));
    }

    private static void AddReason(List<string> reasons, IEnumerable<MappedControl> controls, string text)
    {
        var list = controls.ToList();
        if (list.Count > 0)
        {
            reasons.Add($"{text} {Refs(list)}");
        }
    }

    private static string Refs(IEnumerable<MappedControl> controls) =>
        string.Join(", ", controls.Select(c => c.Ref ?? $"control {c.ControlId}").Distinct().Take(8));

    private static RequirementCoverage Result(long requirementId, CoverageStatus status, string reason, IReadOnlyList<MappedControl> controls, IEnumerable<long> documents) =>
        new(requirementId, status, reason, controls.Select(c => c.ControlId).Distinct().ToList(), controls.Select(c => c.MappingId).ToList(),
            controls.Select(c => c.DocumentId).Concat(documents).Distinct().ToList());

    private sealed record MappedControl(long VendorId, long MappingId, long RequirementId, long ControlId, string? Ref, ControlResult Result, long DocumentId,
        EvidenceKind Kind, EvidenceReviewStatus ReviewStatus, int Exceptions);

    private sealed record CertificateLevel(long DocumentId, string Reason, HashSet<long> Requirements);
}
