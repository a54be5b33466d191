using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Data.Seeding;

/// <summary>A demo vendor and the evidence it handed over (what is uploaded, and in which state).</summary>
internal sealed record DemoVendor(
    string Name, string Website, Criticality Criticality, string[] Services, string Owner, string[] Tags,
    DemoEvidence[] Evidence, bool Archived = false);

internal sealed record DemoEvidence(EvidenceKind Kind, string Auditor, EvidenceStatus Status = EvidenceStatus.Extracted, bool Legacy2013 = false);

/// <summary>The demo data's cast: fictitious vendors with evidence of every kind and state.</summary>
internal static class DemoVendors
{
    private const string Ey = "Ernst & Young LLP";
    private const string Deloitte = "Deloitte & Touche LLP";
    private const string Schellman = "Schellman & Company, LLC";
    private const string Bsi = "BSI Group (UKAS accredited, IAF MLA)";
    private const string Tuv = "TÜV SÜD Management Service GmbH (DAkkS accredited)";

    public static readonly DemoVendor[] Demo =
    [
        new("Northwind Cloud Hosting", "https://northwind-cloud.example", Criticality.Critical, ["Managed Kubernetes", "Object Storage"],
            "it-ops@demo.arvexlab.test", ["infrastructure", "eu-hosting"],
            [new(EvidenceKind.Soc2TypeII, Ey), new(EvidenceKind.BridgeLetter, "Northwind management"), new(EvidenceKind.Iso27001Certificate, Bsi)]),
        new("Contoso Payroll", "https://contoso-payroll.example", Criticality.High, ["Payroll Processing"],
            "hr@demo.arvexlab.test", ["hr", "personal-data"],
            [new(EvidenceKind.Soc2TypeII, Deloitte)]),
        new("Fabrikam CRM", "https://fabrikam-crm.example", Criticality.High, ["CRM", "Marketing Automation"],
            "sales-ops@demo.arvexlab.test", ["sales", "personal-data"],
            [new(EvidenceKind.Soc2TypeI, Schellman)]),
        new("Tailspin Mail Delivery", "https://tailspin-mail.example", Criticality.Medium, ["Transactional Email"],
            "platform@demo.arvexlab.test", ["messaging"],
            [new(EvidenceKind.Soc3, Schellman)]),
        new("Adatum Identity", "https://adatum-id.example", Criticality.Critical, ["Single Sign-On", "MFA"],
            "security@demo.arvexlab.test", ["identity", "security"],
            [new(EvidenceKind.Soc2TypeII, Ey), new(EvidenceKind.Iso27001Certificate, Tuv)]),
        new("Litware Backup", "https://litware-backup.example", Criticality.High, ["Offsite Backup"],
            "it-ops@demo.arvexlab.test", ["infrastructure", "dora-ict"],
            [new(EvidenceKind.Iso27001Certificate, Tuv, Legacy2013: true)]),
        new("Proseware Analytics", "https://proseware.example", Criticality.Medium, ["Product Analytics"],
            "data@demo.arvexlab.test", ["analytics"],
            [new(EvidenceKind.Soc2TypeII, Deloitte, EvidenceStatus.Queued)]),
        new("Wingtip Support Desk", "https://wingtip-support.example", Criticality.Medium, ["Customer Support Ticketing"],
            "support@demo.arvexlab.test", ["support", "personal-data"],
            [new(EvidenceKind.Other, "Wingtip security team"), new(EvidenceKind.Soc2TypeII, Schellman, EvidenceStatus.Failed)]),
        new("Trey Payments", "https://trey-payments.example", Criticality.Critical, ["Card Payments", "Payouts"],
            "finance@demo.arvexlab.test", ["finance", "pci"],
            [new(EvidenceKind.Soc2TypeII, Deloitte), new(EvidenceKind.BridgeLetter, "Trey Payments management")]),
        new("Coho Video Meetings", "https://coho-video.example", Criticality.Low, ["Video Conferencing"],
            "workplace@demo.arvexlab.test", ["collaboration"],
            [new(EvidenceKind.Soc3, Ey), new(EvidenceKind.Iso27001Certificate, Bsi)]),
        new("Woodgrove eSignature", "https://woodgrove-sign.example", Criticality.High, ["Electronic Signatures"],
            "legal@demo.arvexlab.test", ["legal"],
            [new(EvidenceKind.Soc2TypeII, Schellman)]),
        new("Relecloud Code Hosting", "https://relecloud.example", Criticality.High, ["Source Code Hosting", "CI Runners"],
            "engineering@demo.arvexlab.test", ["engineering", "supply-chain"],
            [new(EvidenceKind.Soc2TypeII, Ey), new(EvidenceKind.Iso27001Certificate, Bsi)]),
        new("Margie's Travel", "https://margies-travel.example", Criticality.Low, ["Business Travel Booking"],
            "office@demo.arvexlab.test", ["travel"],
            [new(EvidenceKind.Other, "Margie's Travel")], Archived: true),
    ];

    public static readonly DemoVendor[] Globex =
    [
        new("Initech Print Services", "https://initech-print.example", Criticality.Low, ["Print Management"],
            "facilities@globex.arvexlab.test", ["facilities"], [new(EvidenceKind.Soc3, Schellman)]),
        new("Hooli Storage", "https://hooli-storage.example", Criticality.High, ["File Sync"],
            "it@globex.arvexlab.test", ["infrastructure"], [new(EvidenceKind.Soc2TypeII, Deloitte)]),
    ];
}
