using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Graph;

/// <summary>
/// A known graph for query tests: the first organization (the one requests act for until sign-in) with
/// 60 vendors × 2 documents × 3 controls (+1 exception, CUEC and subservice org per document), and a
/// second organization with a vendor of its own.
/// </summary>
public sealed record GraphTestData(long OrganizationId, long OtherOrganizationId, long OtherVendorId)
{
    public const int VendorCount = 60;

    public static async Task<GraphTestData> SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateSystemContext();
        var org = new Organization { Name = "Acme", Slug = "acme" };
        var other = new Organization { Name = "Other", Slug = "other" };
        db.AddRange(org, other);
        await db.SaveChangesAsync();

        var policy = new Framework { OrganizationId = org.Id, Key = "acme-policy", Name = "Acme policy", CatalogVersion = "1" };
        var requirement = new Requirement { OrganizationId = org.Id, Framework = policy, Ref = "P-1", Title = "Access is reviewed" };
        db.AddRange(policy, requirement);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var v = 0; v < VendorCount; v++)
        {
            var vendor = new Vendor
            {
                OrganizationId = org.Id,
                Name = $"Vendor {v:00}",
                Criticality = (Criticality)(v % 4),
                Services = v % 2 == 0 ? ["Hosting", "Backup"] : ["Payroll"],
                Tags = [$"tag{v % 3}"],
                CreatedAt = start.AddHours(v),
                UpdatedAt = start.AddHours(v),
            };
            db.Vendors.Add(vendor);
            for (var d = 0; d < 2; d++)
            {
                var document = new EvidenceDocument
                {
                    OrganizationId = org.Id,
                    Vendor = vendor,
                    Kind = d == 0 ? EvidenceKind.Soc2TypeII : EvidenceKind.Iso27001Certificate,
                    Title = $"Doc {v}-{d}",
                    FileName = "doc.pdf",
                    Sha256 = $"{v:x4}{d:x4}".PadRight(64, '0'),
                    Status = EvidenceStatus.Extracted,
                    UploadedAt = start.AddDays(v).AddMinutes(d),
                };
                db.EvidenceDocuments.Add(document);
                for (var c = 0; c < 3; c++)
                {
                    var control = new Control
                    {
                        OrganizationId = org.Id,
                        Document = document,
                        Ref = $"CC{c + 1}.{v % 5 + 1}",
                        Description = $"Control {c}",
                        Criteria = [$"CC{c + 1}.{v % 5 + 1}"],
                        Result = c == 2 ? ControlResult.Exception : ControlResult.NoExceptions,
                        Confidence = 0.5 + c * 0.2,
                        Page = 10 + c,
                    };
                    db.Controls.Add(control);
                    db.ControlMappings.Add(new ControlMapping { OrganizationId = org.Id, Control = control, Requirement = requirement, Method = ControlMappingMethod.Explicit, Confidence = 0.9 });
                    if (c == 2)
                    {
                        db.ControlExceptions.Add(new ControlException { OrganizationId = org.Id, Document = document, Control = control, ControlRef = control.Ref, Description = "Late review" });
                    }
                }

                db.Cuecs.Add(new Cuec { OrganizationId = org.Id, Document = document, Description = "Review user access" });
                db.SubserviceOrganizations.Add(new SubserviceOrganization { OrganizationId = org.Id, Document = document, Name = "AWS", Method = SubserviceMethod.CarveOut });
                db.ExtractedFields.Add(new ExtractedField { OrganizationId = org.Id, Document = document, Name = "auditor", Value = "Example LLP", Confidence = 0.95, Page = 1 });
            }
        }

        var otherVendor = new Vendor { OrganizationId = other.Id, Name = "Vendor 00", Criticality = Criticality.High };
        db.Vendors.Add(otherVendor);
        await db.SaveChangesAsync();
        return new GraphTestData(org.Id, other.Id, otherVendor.Id);
    }
}
