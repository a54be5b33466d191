using System.Security.Cryptography;
using System.Text;
using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Data.Seeding;

/// <summary>Builds one demo document with the key facts and extracted fields its kind carries.</summary>
internal sealed class DemoDocuments(Random random, DateOnly today, DemoFindings findings)
{
    public EvidenceDocument Build(Vendor vendor, DemoEvidence evidence)
    {
        var title = Title(vendor, evidence);
        var document = new EvidenceDocument
        {
            OrganizationId = vendor.OrganizationId,
            Vendor = vendor,
            Kind = evidence.Kind,
            Title = title,
            FileName = FileName(title),
            // No file exists for demo documents: the hash is of a placeholder text, never a stored blob.
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"arvexlab-demo-placeholder:{vendor.Name}:{title}"))),
            SizeBytes = random.Next(150_000, 4_000_000),
            Status = evidence.Status,
            CoversServices = [.. vendor.Services],
            UploadedBy = vendor.Owner,
            UploadedAt = At(today.AddDays(-random.Next(5, 60))),
        };
        if (evidence.Status == EvidenceStatus.Failed)
        {
            document.FailureCode = "ENCRYPTED_PDF";
            document.FailureMessage = "The PDF is password-protected; ask the vendor for an unprotected copy.";
            return document;
        }

        if (evidence.Status != EvidenceStatus.Extracted)
        {
            return document;
        }

        document.PageCount = evidence.Kind switch
        {
            EvidenceKind.Soc2TypeII => random.Next(60, 120),
            EvidenceKind.Soc2TypeI => random.Next(35, 60),
            EvidenceKind.Soc3 => random.Next(8, 16),
            _ => random.Next(1, 3),
        };
        document.Auditor = evidence.Kind is EvidenceKind.BridgeLetter or EvidenceKind.Other ? null : evidence.Auditor;
        FillKeyFacts(document, evidence);
        findings.AddTo(document);
        document.ReviewStatus = document.Fields.All(f => f.ReviewState != ReviewState.Pending)
            ? EvidenceReviewStatus.Approved
            : EvidenceReviewStatus.Pending;
        return document;
    }

    private void FillKeyFacts(EvidenceDocument document, DemoEvidence evidence)
    {
        switch (evidence.Kind)
        {
            case EvidenceKind.Soc2TypeI:
                document.Opinion = Opinion.Unmodified;
                document.PeriodEnd = today.AddDays(-random.Next(60, 200));
                document.ReportDate = document.PeriodEnd.Value.AddDays(random.Next(30, 60));
                findings.Field(document, "reportType", "SOC 2 Type I", 0.98, 1);
                findings.Field(document, "asOfDate", Iso(document.PeriodEnd), 0.95, 1);
                break;
            case EvidenceKind.Soc2TypeII or EvidenceKind.Soc3:
                // Contoso's report is the qualified one, so the demo shows an opinion worth flagging.
                document.Opinion = document.Vendor!.Name.StartsWith("Contoso", StringComparison.Ordinal) ? Opinion.Qualified : Opinion.Unmodified;
                document.PeriodEnd = today.AddDays(-random.Next(45, 400));
                document.PeriodStart = document.PeriodEnd.Value.AddMonths(-12).AddDays(1);
                document.ReportDate = document.PeriodEnd.Value.AddDays(random.Next(30, 75));
                findings.Field(document, "reportType", evidence.Kind == EvidenceKind.Soc3 ? "SOC 3" : "SOC 2 Type II", 0.99, 1);
                findings.Field(document, "periodStart", Iso(document.PeriodStart), 0.93, 2);
                findings.Field(document, "periodEnd", Iso(document.PeriodEnd), 0.93, 2);
                break;
            case EvidenceKind.Iso27001Certificate:
                var edition = evidence.Legacy2013 ? "ISO/IEC 27001:2013" : "ISO/IEC 27001:2022";
                document.IssueDate = evidence.Legacy2013 ? new DateOnly(2022, 3, 14) : today.AddDays(-random.Next(100, 700));
                document.ExpiryDate = evidence.Legacy2013 ? new DateOnly(2025, 10, 31) : document.IssueDate.Value.AddYears(3).AddDays(-1);
                findings.Field(document, "standard", edition, 0.97, 1);
                findings.Field(document, "certificateNumber", $"IS {random.Next(600000, 799999)}", 0.91, 1);
                findings.Field(document, "certificationBody", evidence.Auditor, 0.88, 1);
                findings.Field(document, "scope", $"The information security management system supporting {string.Join(", ", document.CoversServices)}", 0.74, 1);
                findings.Field(document, "issueDate", Iso(document.IssueDate), 0.9, 1);
                findings.Field(document, "expiryDate", Iso(document.ExpiryDate), 0.9, 1);
                break;
            case EvidenceKind.BridgeLetter:
                document.PeriodStart = today.AddDays(-random.Next(60, 120));
                document.PeriodEnd = today.AddDays(-random.Next(1, 20));
                document.ReportDate = document.PeriodEnd;
                findings.Field(document, "bridgePeriodStart", Iso(document.PeriodStart), 0.86, 1);
                findings.Field(document, "bridgePeriodEnd", Iso(document.PeriodEnd), 0.86, 1);
                findings.Field(document, "signedBy", "Chief Information Security Officer", 0.62, 2);
                break;
            default:
                document.ReportDate = today.AddDays(-random.Next(30, 300));
                findings.Field(document, "documentTitle", document.Title, 0.55, 1);
                break;
        }

        if (document.Auditor is not null && evidence.Kind != EvidenceKind.Iso27001Certificate)
        {
            findings.Field(document, "auditor", document.Auditor, 0.96, 3);
            findings.Field(document, "opinion", document.Opinion?.ToString() ?? "Unknown", 0.89, 4);
        }
    }

    private static string Title(Vendor vendor, DemoEvidence evidence) => evidence.Kind switch
    {
        EvidenceKind.Soc2TypeI => $"{vendor.Name} SOC 2 Type I Report",
        EvidenceKind.Soc2TypeII => $"{vendor.Name} SOC 2 Type II Report",
        EvidenceKind.Soc3 => $"{vendor.Name} SOC 3 Report",
        EvidenceKind.Iso27001Certificate => $"{vendor.Name} ISO/IEC 27001 Certificate{(evidence.Legacy2013 ? " (2013)" : string.Empty)}",
        EvidenceKind.BridgeLetter => $"{vendor.Name} Bridge Letter",
        _ => $"{vendor.Name} Security Overview",
    };

    private static string FileName(string title) =>
        new string([.. title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Replace("--", "-", StringComparison.Ordinal) + ".pdf";

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero);
}
