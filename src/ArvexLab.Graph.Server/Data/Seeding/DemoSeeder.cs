using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Data.Seeding;

/// <summary>
/// Demo data on the first start of an empty database: "Demo Org" with a dozen vendors and evidence of every
/// kind and state, and "Globex Corp" with vendors of its own so tenant isolation can be seen. Deterministic:
/// a fixed random seed; dates are relative to the seeding day so the demo never looks stale.
/// </summary>
public sealed class DemoSeeder(DemoSettings settings, TimeProvider? clock = null) : IDataSeeder
{
    public const string DemoSlug = "demo";
    public const string GlobexSlug = "globex";
    private const int Seed = 20260101;

    public int Order => 200;

    public async Task SeedAsync(GraphDbContext db, CancellationToken cancellationToken)
    {
        if (!settings.Enabled || await db.Organizations.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = (clock ?? TimeProvider.System).GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var random = new Random(Seed);
        var documents = new DemoDocuments(random, today, new DemoFindings(random));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var demo = new Organization { Name = "Demo Org", Slug = DemoSlug, CreatedAt = now };
        var globex = new Organization { Name = "Globex Corp", Slug = GlobexSlug, CreatedAt = now };
        // Saved one by one so the demo organization gets the lower id (the demo tenant is the first organization).
        db.Organizations.Add(demo);
        await db.SaveChangesAsync(cancellationToken);
        db.Organizations.Add(globex);
        await db.SaveChangesAsync(cancellationToken);

        AddVendors(db, demo, DemoVendors.Demo, documents, now);
        AddVendors(db, globex, DemoVendors.Globex, documents, now);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var document in db.ChangeTracker.Entries<EvidenceDocument>().Select(e => e.Entity))
        {
            db.ReviewEvents.Add(new ReviewEvent
            {
                OrganizationId = document.OrganizationId,
                VendorId = document.VendorId,
                DocumentId = document.Id,
                EntityType = nameof(EvidenceDocument),
                EntityId = document.Id,
                Action = "UPLOADED",
                Actor = document.UploadedBy ?? "demo",
                OccurredAt = document.UploadedAt,
                After = document.FileName,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void AddVendors(GraphDbContext db, Organization organization, DemoVendor[] specs, DemoDocuments documents, DateTimeOffset now)
    {
        foreach (var spec in specs)
        {
            var vendor = new Vendor
            {
                OrganizationId = organization.Id,
                Name = spec.Name,
                Website = spec.Website,
                Criticality = spec.Criticality,
                Services = [.. spec.Services],
                Tags = [.. spec.Tags],
                Owner = spec.Owner,
                Status = spec.Archived ? VendorStatus.Archived : VendorStatus.Active,
                ArchivedAt = spec.Archived ? now : null,
            };
            db.Vendors.Add(vendor);
            foreach (var evidence in spec.Evidence)
            {
                db.EvidenceDocuments.Add(documents.Build(vendor, evidence));
            }
        }
    }
}
