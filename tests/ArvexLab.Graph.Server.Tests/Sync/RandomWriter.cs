using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Sync;

/// <summary>
/// One writer making random changes through EF (as every feature does): creates, updates, reviews and deletes of
/// vendors, documents, controls, CUECs, exceptions and fields. Each operation saves exactly one entity, so the feed
/// must hold exactly one change per operation. Each writer works on its own objects, so there are no version conflicts.
/// </summary>
internal sealed class RandomWriter(TestDatabase database, long organizationId, int seed)
{
    private readonly Random random = new(seed);
    private readonly List<long> vendors = [];
    private readonly List<long> documents = [];
    private readonly List<(Type Type, long Id)> findings = [];

    public int Operations { get; private set; }

    public async Task RunAsync(int operations)
    {
        for (var i = 0; i < operations; i++)
        {
            await using var db = database.CreateContext(TestTenant.Of(organizationId));
            await OneAsync(db, i);
            Operations++;
        }
    }

    private async Task OneAsync(ArvexLab.Graph.Server.Data.GraphDbContext db, int i)
    {
        var roll = random.Next(100);
        if (vendors.Count == 0 || roll < 8)
        {
            var vendor = new Vendor { Name = $"Vendor {seed}-{i}", Criticality = (Criticality)random.Next(4) };
            db.Vendors.Add(vendor);
            await db.SaveChangesAsync();
            vendors.Add(vendor.Id);
        }
        else if (documents.Count == 0 || roll < 16)
        {
            var document = new EvidenceDocument
            {
                VendorId = Pick(vendors), Kind = EvidenceKind.Soc2TypeII, Title = $"SOC 2 {seed}-{i}", FileName = "r.pdf",
                Sha256 = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()).PadRight(64, '0'),
            };
            db.EvidenceDocuments.Add(document);
            await db.SaveChangesAsync();
            documents.Add(document.Id);
        }
        else if (roll < 24)
        {
            var vendor = await db.Vendors.SingleAsync(v => v.Id == Pick(vendors));
            vendor.Notes = $"note {seed}-{i}";
            vendor.Criticality = (Criticality)random.Next(4);
            await db.SaveChangesAsync();
        }
        else if (roll < 30)
        {
            var document = await db.EvidenceDocuments.SingleAsync(d => d.Id == Pick(documents));
            // Always a different value: an assignment that changes nothing is no save and no change.
            document.ReviewStatus = (EvidenceReviewStatus)(((int)document.ReviewStatus + 1 + random.Next(2)) % 3);
            await db.SaveChangesAsync();
        }
        else if (findings.Count < 10 || roll < 60)
        {
            await CreateFindingAsync(db, i);
        }
        else if (roll < 85)
        {
            await ReviewFindingAsync(db, i);
        }
        else
        {
            await DeleteFindingAsync(db);
        }
    }

    private async Task CreateFindingAsync(ArvexLab.Graph.Server.Data.GraphDbContext db, int i)
    {
        var documentId = Pick(documents);
        Finding finding = random.Next(4) switch
        {
            0 => new Control { DocumentId = documentId, Description = $"Control {i}", Ref = $"CC{i}" },
            1 => new Cuec { DocumentId = documentId, Description = $"CUEC {i}" },
            2 => new ControlException { DocumentId = documentId, Description = $"Exception {i}" },
            _ => new ExtractedField { DocumentId = documentId, Name = "auditor", Value = $"Auditor {i}" },
        };
        db.Add(finding);
        await db.SaveChangesAsync();
        findings.Add((finding.GetType(), finding.Id));
    }

    private async Task ReviewFindingAsync(ArvexLab.Graph.Server.Data.GraphDbContext db, int i)
    {
        var (type, id) = findings[random.Next(findings.Count)];
        var finding = (Finding)(await db.FindAsync(type, id))!;
        finding.ReviewState = (ReviewState)random.Next(1, 4);
        finding.ReviewComment = $"review {i}";
        finding.ReviewedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync();
    }

    private async Task DeleteFindingAsync(ArvexLab.Graph.Server.Data.GraphDbContext db)
    {
        var index = random.Next(findings.Count);
        var (type, id) = findings[index];
        db.Remove((await db.FindAsync(type, id))!);
        await db.SaveChangesAsync();
        findings.RemoveAt(index);
    }

    private long Pick(List<long> ids) => ids[random.Next(ids.Count)];
}
