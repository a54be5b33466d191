using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Tests.Infrastructure;

/// <summary>
/// Two organizations, each with one row of every tenant-owned entity (plus a built-in catalog both can see),
/// written as the system. Names carry a random suffix so several sets can live in one test database.
/// </summary>
public sealed record TwoOrganizations(long A, long B, long BuiltInFrameworkId, string Suffix)
{
    public static async Task<TwoOrganizations> SeedAsync(TestDatabase database)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var db = database.CreateSystemContext();
        var a = new Organization { Name = "Org A " + suffix, Slug = "a-" + suffix };
        var b = new Organization { Name = "Org B " + suffix, Slug = "b-" + suffix };
        var builtIn = new Framework { Key = "builtin-" + suffix, Name = "Built-in " + suffix, CatalogVersion = "2022", IsBuiltIn = true };
        var builtInRequirement = new Requirement { Framework = builtIn, Ref = "A.5.1", Title = "Policies for information security" };
        db.AddRange(a, b, builtIn, builtInRequirement);
        await db.SaveChangesAsync();

        AddGraph(db, a.Id, builtInRequirement, suffix);
        AddGraph(db, b.Id, builtInRequirement, suffix);
        await db.SaveChangesAsync();

        // Rows that reference others only by key are added once those keys exist.
        foreach (var document in await db.EvidenceDocuments.Where(d => d.OrganizationId == a.Id || d.OrganizationId == b.Id).ToListAsync())
        {
            db.Add(new EvidenceExpiryNotice
            {
                OrganizationId = document.OrganizationId,
                DocumentId = document.Id,
                VendorId = document.VendorId,
                ThresholdDays = 90,
                ExpiresOn = new DateOnly(2027, 1, 1),
                RecordedAt = DateTimeOffset.UtcNow,
            });
        }

        await db.SaveChangesAsync();
        return new TwoOrganizations(a.Id, b.Id, builtIn.Id, suffix);
    }

    private static void AddGraph(GraphDbContext db, long org, Requirement builtInRequirement, string suffix)
    {
        var vendor = new Vendor { OrganizationId = org, Name = $"Vendor {org} {suffix}", Services = ["Hosting", $"svc-{suffix}"], Criticality = Criticality.High };
        var document = new EvidenceDocument
        {
            OrganizationId = org,
            Vendor = vendor,
            Kind = EvidenceKind.Soc2TypeII,
            Title = "SOC 2",
            FileName = "soc2.pdf",
            Sha256 = new string('a', 56) + suffix,
            Status = EvidenceStatus.Extracted,
        };
        var control = new Control { OrganizationId = org, Document = document, Ref = "CC6.1", Description = "MFA", Criteria = ["CC6.1", $"X-{suffix}"] };
        var framework = new Framework { OrganizationId = org, Key = "own-" + suffix, Name = "Own", CatalogVersion = "1" };
        var requirement = new Requirement { OrganizationId = org, Framework = framework, Ref = "OWN-1", Title = "Own requirement" };
        var webhook = new WebhookSubscription { OrganizationId = org, Url = "https://hooks.example/" + suffix, Secret = "whsec_test" };
        db.AddRange(
            vendor,
            document,
            control,
            new ExtractedField { OrganizationId = org, Document = document, Name = "auditor", Value = "EY" },
            new ControlException { OrganizationId = org, Document = document, Control = control, Description = "Late revocation" },
            new Cuec { OrganizationId = org, Document = document, Description = "Review access", Criteria = ["CC6.2"] },
            new SubserviceOrganization { OrganizationId = org, Document = document, Name = "AWS", Method = SubserviceMethod.CarveOut },
            framework,
            requirement,
            new RequirementMapping { OrganizationId = org, SourceRequirement = builtInRequirement, TargetRequirement = requirement, Source = "test" },
            new ControlMapping { OrganizationId = org, Control = control, Requirement = builtInRequirement, Confidence = 0.9 },
            new ReviewEvent { OrganizationId = org, EntityType = "Vendor", EntityId = 1, Action = "CREATED", Actor = "test" },
            new ExtractionJob { OrganizationId = org, Document = document },
            new VendorPosture
            {
                OrganizationId = org,
                Vendor = vendor,
                Score = 90,
                Grade = PostureGrade.A,
                FlagCount = 1,
                Flags = [new PostureFlag { OrganizationId = org, Document = document, Code = PostureFlagCode.CuecWithoutOwner, Message = "Review access" }],
            },
            webhook,
            new WebhookDelivery { OrganizationId = org, Subscription = webhook, EventId = "evt_" + suffix, EventType = "CHANGE", Payload = "{}" },
            new AppUser { OrganizationId = org, UserName = $"user-{org}-{suffix}", NormalizedUserName = $"USER-{org}-{suffix}".ToUpperInvariant() });
    }
}
