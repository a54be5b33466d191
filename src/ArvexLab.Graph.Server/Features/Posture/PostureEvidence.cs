using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Posture;

/// <summary>What the checks read about one vendor: its current documents with their non-rejected findings.</summary>
public sealed record PostureEvidence(
    Vendor Vendor,
    IReadOnlyList<EvidenceDocument> Documents,
    IReadOnlyDictionary<long, IReadOnlyDictionary<string, ExtractedField>> Fields,
    IReadOnlySet<string> VendorsWithEvidence)
{
    /// <summary>The field's effective value: a correction wins, a rejected field gives nothing.</summary>
    public string? Value(EvidenceDocument document, string name) => Field(document, name) is { } f
        ? (f.ReviewState == ReviewState.Corrected ? f.ReviewedValue : f.Value) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null
        : null;

    public ExtractedField? Field(EvidenceDocument document, string name) =>
        Fields.TryGetValue(document.Id, out var fields) && fields.TryGetValue(name, out var field) ? field : null;

    /// <summary>Documents that count: extracted and not rejected by a reviewer.</summary>
    public static bool IsCurrent(EvidenceDocument d) => d.Status == EvidenceStatus.Extracted && d.ReviewStatus != EvidenceReviewStatus.Rejected;

    internal static readonly string[] FieldNames =
    [
        "scope", "systemName", "opinion", "qualifiedCriteria", "periodStart", "periodEnd", "standard", "standardVersion",
        "certificationBody", "accreditationBody", "bridgeThroughDate", "bridgePeriodEnd", "expiryDate",
    ];

    /// <summary>Loads the evidence of the given vendors in a fixed number of queries, whatever their count.</summary>
    public static async Task<List<PostureEvidence>> LoadAsync(GraphDbContext db, IReadOnlyCollection<long> vendorIds, CancellationToken ct)
    {
        var vendors = await db.Vendors.AsNoTracking().Where(v => vendorIds.Contains(v.Id)).ToListAsync(ct);
        var documents = await db.EvidenceDocuments.AsNoTracking()
            .Where(d => vendorIds.Contains(d.VendorId) && d.Status == EvidenceStatus.Extracted && d.ReviewStatus != EvidenceReviewStatus.Rejected)
            .ToListAsync(ct);
        var documentIds = documents.Select(d => d.Id).ToList();
        var fields = await db.ExtractedFields.AsNoTracking()
            .Where(f => documentIds.Contains(f.DocumentId) && FieldNames.Contains(f.Name) && f.ReviewState != ReviewState.Rejected).ToListAsync(ct);
        var exceptions = await db.ControlExceptions.AsNoTracking()
            .Where(e => documentIds.Contains(e.DocumentId) && e.ReviewState != ReviewState.Rejected).ToListAsync(ct);
        var cuecs = await db.Cuecs.AsNoTracking().Where(c => documentIds.Contains(c.DocumentId) && c.ReviewState != ReviewState.Rejected).ToListAsync(ct);
        var subservices = await db.SubserviceOrganizations.AsNoTracking()
            .Where(s => documentIds.Contains(s.DocumentId) && s.ReviewState != ReviewState.Rejected).ToListAsync(ct);
        var organizationIds = vendors.Select(v => v.OrganizationId).Distinct().ToList();
        // Carved-out subservice organizations are looked up among all vendors of the organization that have evidence.
        var withEvidence = await db.Vendors.AsNoTracking()
            .Where(v => organizationIds.Contains(v.OrganizationId)
                && v.Documents.Any(d => d.Status == EvidenceStatus.Extracted && d.ReviewStatus != EvidenceReviewStatus.Rejected))
            .Select(v => new { v.OrganizationId, v.Name }).ToListAsync(ct);

        foreach (var document in documents)
        {
            document.Exceptions = exceptions.Where(e => e.DocumentId == document.Id).OrderBy(e => e.Page ?? 0).ThenBy(e => e.Id).ToList();
            document.Cuecs = cuecs.Where(c => c.DocumentId == document.Id).OrderBy(c => c.Page ?? 0).ThenBy(c => c.Id).ToList();
            document.SubserviceOrganizations = subservices.Where(s => s.DocumentId == document.Id).OrderBy(s => s.Id).ToList();
        }

        var fieldsByDocument = fields.GroupBy(f => f.DocumentId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, ExtractedField>)g.GroupBy(f => f.Name)
                .ToDictionary(n => n.Key, n => n.OrderByDescending(f => f.ReviewState != ReviewState.Pending).ThenByDescending(f => f.Confidence).First()));
        return vendors.Select(v => new PostureEvidence(
            v,
            documents.Where(d => d.VendorId == v.Id).ToList(),
            fieldsByDocument,
            withEvidence.Where(w => w.OrganizationId == v.OrganizationId && w.Name != v.Name).Select(w => w.Name).ToHashSet())).ToList();
    }
}
