using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Mapping;

/// <summary>An organization with one vendor per test, and documents built the way the importer leaves them.</summary>
internal static class MappingTestData
{
    public static async Task<(long OrganizationId, long VendorId)> VendorAsync(TestDatabase database, long organizationId, string name)
    {
        await using var db = database.CreateContext(TestTenant.Of(organizationId));
        var vendor = new Vendor { Name = name + " " + Guid.NewGuid().ToString("N")[..6] };
        db.Vendors.Add(vendor);
        await db.SaveChangesAsync();
        return (organizationId, vendor.Id);
    }

    /// <summary>An approved Type II report with the given controls (ref, description, criteria, result).</summary>
    public static async Task<EvidenceDocument> ReportAsync(
        TestDatabase database, long organizationId, long vendorId, params (string Ref, string Description, string[] Criteria, ControlResult Result)[] controls)
    {
        await using var db = database.CreateContext(TestTenant.Of(organizationId));
        var document = new EvidenceDocument
        {
            VendorId = vendorId,
            Kind = EvidenceKind.Soc2TypeII,
            Title = "SOC 2 Type II",
            FileName = "soc2.pdf",
            Sha256 = new string('a', 64),
            Status = EvidenceStatus.Extracted,
            ReviewStatus = EvidenceReviewStatus.Approved,
            PeriodStart = new DateOnly(2025, 7, 1),
            PeriodEnd = new DateOnly(2026, 6, 30),
        };
        foreach (var (reference, description, criteria, result) in controls)
        {
            var control = new Control { Ref = reference, Description = description, Criteria = [.. criteria], Result = result, Confidence = 1.0, Page = 30 };
            document.Controls.Add(control);
            if (result == ControlResult.Exception)
            {
                document.Exceptions.Add(new ControlException { Control = control, ControlRef = reference, Criteria = [.. criteria], Description = "1 of 25 samples failed." });
            }
        }

        db.EvidenceDocuments.Add(document);
        await db.SaveChangesAsync();
        return document;
    }

    public static async Task CertificateAsync(TestDatabase database, long organizationId, long vendorId, string standard, DateOnly expiry)
    {
        await using var db = database.CreateContext(TestTenant.Of(organizationId));
        var document = new EvidenceDocument
        {
            VendorId = vendorId,
            Kind = EvidenceKind.Iso27001Certificate,
            Title = "ISO certificate",
            FileName = "iso.pdf",
            Sha256 = new string('b', 64),
            Status = EvidenceStatus.Extracted,
            ReviewStatus = EvidenceReviewStatus.Approved,
            ExpiryDate = expiry,
        };
        document.Fields.Add(new ExtractedField { Name = "standard", Value = standard, Confidence = 0.9, Page = 1 });
        db.EvidenceDocuments.Add(document);
        await db.SaveChangesAsync();
    }
}
