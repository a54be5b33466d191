using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Renewal;

/// <summary>How a document's evidence runs out, and why that date.</summary>
public enum ExpiryBasis { CertificateExpiry = 0, ReportPeriodEndPlus12Months = 1 }

/// <summary>One document's expiry as the renewal features see it.</summary>
public sealed record DocumentExpiry(EvidenceDocument Document, DateOnly ExpiresOn, ExpiryBasis Basis, int DaysRemaining)
{
    public bool Expired => DaysRemaining < 0;
}

/// <summary>
/// When evidence stops being current: an ISO certificate on its expiry date; a SOC report 12 months after its period
/// ends (the usual market expectation for a fresh report or a bridge letter). Rejected and unextracted documents do not
/// count, and a document is superseded when the vendor has another of the same family that runs out later: renewing
/// it is done. Dates come from the document's key-fact columns, which follow the reviewed field values.
/// </summary>
public static class EvidenceExpiry
{
    public static readonly EvidenceKind[] ReportKinds = [EvidenceKind.Soc2TypeI, EvidenceKind.Soc2TypeII, EvidenceKind.Soc3];

    public static (DateOnly ExpiresOn, ExpiryBasis Basis)? Of(EvidenceDocument document)
        => Of(document.Kind, document.ExpiryDate, document.PeriodEnd);

    public static (DateOnly ExpiresOn, ExpiryBasis Basis)? Of(EvidenceKind kind, DateOnly? expiryDate, DateOnly? periodEnd) => kind switch
    {
        EvidenceKind.Iso27001Certificate when expiryDate is { } expiry => (expiry, ExpiryBasis.CertificateExpiry),
        EvidenceKind.Soc2TypeI or EvidenceKind.Soc2TypeII or EvidenceKind.Soc3 when periodEnd is { } end
            => (end.AddMonths(12), ExpiryBasis.ReportPeriodEndPlus12Months),
        _ => null,
    };

    /// <summary>Current (not superseded) documents that run out on or before <paramref name="until"/>, soonest first.</summary>
    public static async Task<IReadOnlyList<DocumentExpiry>> FindAsync(IQueryable<EvidenceDocument> documents, DateOnly today, DateOnly until, CancellationToken ct)
    {
        // A day of slack for month-end arithmetic (Feb 29 + 12 months); the exact cut is made below.
        var reportsEndedBy = until.AddMonths(-12).AddDays(1);
        var candidates = await Countable(documents)
            .Where(d => (d.Kind == EvidenceKind.Iso27001Certificate && d.ExpiryDate != null && d.ExpiryDate <= until)
                || (ReportKinds.Contains(d.Kind) && d.PeriodEnd != null && d.PeriodEnd <= reportsEndedBy))
            .AsNoTracking().ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return [];
        }

        var vendorIds = candidates.Select(d => d.VendorId).Distinct().ToList();
        var latest = (await Countable(documents).Where(d => vendorIds.Contains(d.VendorId))
                .Select(d => new { d.VendorId, d.Kind, d.ExpiryDate, d.PeriodEnd })
                .ToListAsync(ct))
            .Select(d => (d.VendorId, Family: Family(d.Kind), Expiry: Of(d.Kind, d.ExpiryDate, d.PeriodEnd)?.ExpiresOn))
            .Where(d => d.Expiry is not null)
            .GroupBy(d => (d.VendorId, d.Family))
            .ToDictionary(g => g.Key, g => g.Max(d => d.Expiry!.Value));

        return candidates
            .Select(d => (Document: d, Expiry: Of(d)))
            .Where(x => x.Expiry is { } e && e.ExpiresOn <= until && e.ExpiresOn >= latest[(x.Document.VendorId, Family(x.Document.Kind))])
            .Select(x => new DocumentExpiry(x.Document, x.Expiry!.Value.ExpiresOn, x.Expiry.Value.Basis, x.Expiry.Value.ExpiresOn.DayNumber - today.DayNumber))
            .OrderBy(x => x.ExpiresOn).ThenBy(x => x.Document.Id)
            .ToList();
    }

    private static IQueryable<EvidenceDocument> Countable(IQueryable<EvidenceDocument> documents)
        => documents.Where(d => d.Status == EvidenceStatus.Extracted && d.ReviewStatus != EvidenceReviewStatus.Rejected);

    private static string Family(EvidenceKind kind) => kind == EvidenceKind.Iso27001Certificate ? "iso" : "soc";
}
