using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Renewal;

/// <summary>An organization with one vendor per call and evidence dated relative to a given day.</summary>
internal sealed class RenewalTestData(TestDatabase database, long organizationId)
{
    public long OrganizationId => organizationId;

    public static async Task<RenewalTestData> CreateAsync(TestDatabase database)
        => new(database, await GraphApp.CreateOrganizationAsync(database, "Renewal"));

    public async Task<long> VendorAsync(string name)
    {
        await using var db = database.CreateSystemContext();
        var vendor = new Vendor { OrganizationId = organizationId, Name = name + " " + Guid.NewGuid().ToString("N")[..6] };
        db.Vendors.Add(vendor);
        await db.SaveChangesAsync();
        return vendor.Id;
    }

    /// <summary>A partner webhook subscription of the organization to the given posture events.</summary>
    public async Task<long> SubscribeAsync(params string[] events)
    {
        await using var db = database.CreateSystemContext();
        var subscription = new WebhookSubscription { OrganizationId = organizationId, Url = "https://hooks.example/renewal", Secret = "s", Events = [.. events] };
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync();
        return subscription.Id;
    }

    public async Task<long> DocumentAsync(long vendorId, EvidenceKind kind, DateOnly? expiry = null, DateOnly? periodEnd = null,
        EvidenceReviewStatus review = EvidenceReviewStatus.Pending)
    {
        await using var db = database.CreateSystemContext();
        var document = new EvidenceDocument
        {
            OrganizationId = organizationId,
            VendorId = vendorId,
            Kind = kind,
            Title = kind.ToString(),
            FileName = "evidence.pdf",
            Sha256 = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
            Status = EvidenceStatus.Extracted,
            ReviewStatus = review,
            ExpiryDate = expiry,
            PeriodEnd = periodEnd,
        };
        db.EvidenceDocuments.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }
}
