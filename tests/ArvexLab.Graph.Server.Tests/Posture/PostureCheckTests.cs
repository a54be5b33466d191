using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;
using ArvexLab.Graph.Server.Features.Posture;

namespace ArvexLab.Graph.Server.Tests.Posture;

/// <summary>Each checklist rule on hand-built evidence, with today fixed at 2026-06-15 and the default settings.</summary>
public sealed class PostureCheckTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private static readonly PostureChecks Checks = new(new PostureSettings(), AccreditationBodyRegistry.Load(CatalogDataFolder.Default));
    private long nextId = 1;

    [Fact]
    public void A_three_month_type_II_period_is_too_short_and_names_its_dates()
    {
        var report = Soc2(EvidenceKind.Soc2TypeII, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));

        var flag = Assert.Single(Run(Evidence([report])), f => f.Code == PostureFlagCode.Soc2PeriodTooShort);

        Assert.Equal(FlagSeverity.Medium, flag.Severity);
        Assert.Contains("2026-01-01 to 2026-03-31 covers 3 months, less than 6", flag.Message);
    }

    [Fact]
    public void A_six_month_period_is_long_enough()
    {
        var report = Soc2(EvidenceKind.Soc2TypeII, new DateOnly(2025, 10, 1), new DateOnly(2026, 3, 31));

        Assert.DoesNotContain(Run(Evidence([report])), f => f.Code == PostureFlagCode.Soc2PeriodTooShort);
    }

    [Fact]
    public void A_period_that_ended_over_twelve_months_ago_is_stale_even_with_a_bridge_letter()
    {
        var report = Soc2(EvidenceKind.Soc2TypeII, new DateOnly(2024, 5, 1), new DateOnly(2025, 4, 30));
        var bridge = Bridge(new DateOnly(2026, 6, 1));

        var flags = Run(Evidence([report, bridge]));

        Assert.Equal(FlagSeverity.High, Assert.Single(flags, f => f.Code == PostureFlagCode.Soc2PeriodStale).Severity);
        Assert.DoesNotContain(flags, f => f.Code == PostureFlagCode.BridgeLetterMissing);
    }

    [Fact]
    public void A_period_ended_four_months_ago_needs_a_bridge_letter_covering_today()
    {
        var report = Soc2(EvidenceKind.Soc2TypeII, new DateOnly(2025, 2, 1), new DateOnly(2026, 1, 31));

        Assert.Contains(Run(Evidence([report])), f => f.Code == PostureFlagCode.BridgeLetterMissing);
        // Through 2026-05-01 is 45 days ago: older than the 31-day grace, so it no longer covers today.
        Assert.Contains(Run(Evidence([report, Bridge(new DateOnly(2026, 5, 1))])), f => f.Code == PostureFlagCode.BridgeLetterMissing);
        Assert.DoesNotContain(Run(Evidence([report, Bridge(new DateOnly(2026, 6, 1))])), f => f.Code == PostureFlagCode.BridgeLetterMissing);
    }

    [Fact]
    public void A_qualified_opinion_is_flagged_with_the_criteria_it_names()
    {
        var report = Soc2(EvidenceKind.Soc2TypeII, new DateOnly(2025, 7, 1), new DateOnly(2026, 4, 30), Opinion.Qualified);
        var evidence = Evidence([report], fields: [Field(report, "qualifiedCriteria", "CC6.1, CC7.2")]);

        var flag = Assert.Single(Run(evidence), f => f.Code == PostureFlagCode.OpinionModified);

        Assert.Equal((FlagSeverity.High, "CC6.1, CC7.2"), (flag.Severity, flag.Subject));
        Assert.Equal("The auditor's opinion is qualified concerning CC6.1, CC7.2.", flag.Message);
    }

    [Fact]
    public void Each_exception_is_its_own_flag_with_its_criteria_and_citation()
    {
        var report = Soc2(EvidenceKind.Soc2TypeII, new DateOnly(2025, 7, 1), new DateOnly(2026, 4, 30));
        report.Exceptions.Add(new ControlException { Id = nextId++, ControlRef = "CC6.3.1", Criteria = ["CC6.2", "CC6.3"], Description = "Late revocation.", Page = 41 });
        report.Exceptions.Add(new ControlException { Id = nextId++, ControlRef = "CC8.1.1", Criteria = ["CC8.1"], Description = "No peer review.", Page = 44 });

        var flags = Run(Evidence([report])).Where(f => f.Code == PostureFlagCode.ControlException).ToList();

        Assert.Equal(["CC6.2, CC6.3", "CC8.1"], flags.Select(f => f.Subject));
        Assert.Equal([41, 44], flags.Select(f => f.Cites!.Page));
        Assert.Equal("Exception in control CC6.3.1 (CC6.2, CC6.3): Late revocation.", flags[0].Message);
    }

    [Fact]
    public void A_carved_out_subservice_organization_needs_evidence_of_its_own_on_file()
    {
        var report = Soc2(EvidenceKind.Soc2TypeII, new DateOnly(2025, 7, 1), new DateOnly(2026, 4, 30));
        report.SubserviceOrganizations.Add(new SubserviceOrganization { Name = "Amazon Web Services", Method = SubserviceMethod.CarveOut });
        report.SubserviceOrganizations.Add(new SubserviceOrganization { Name = "Sentinel MDR", Method = SubserviceMethod.Inclusive });

        var flag = Assert.Single(Run(Evidence([report])), f => f.Code == PostureFlagCode.CarvedOutSubserviceWithoutEvidence);
        Assert.Equal("Amazon Web Services", flag.Subject);
        Assert.DoesNotContain(Run(Evidence([report], vendorsWithEvidence: ["Amazon Web Services, Inc."])),
            f => f.Code == PostureFlagCode.CarvedOutSubserviceWithoutEvidence);
    }

    [Fact]
    public void CUECs_without_an_owner_are_flagged_unless_not_applicable()
    {
        var report = Soc2(EvidenceKind.Soc2TypeII, new DateOnly(2025, 7, 1), new DateOnly(2026, 4, 30));
        report.Cuecs.Add(new Cuec { Description = "Review access.", Owner = null });
        report.Cuecs.Add(new Cuec { Description = "Protect keys.", Owner = "security@acme.test" });
        report.Cuecs.Add(new Cuec { Description = "Submit accurate data.", Status = CuecStatus.NotApplicable });

        var flag = Assert.Single(Run(Evidence([report])), f => f.Code == PostureFlagCode.CuecWithoutOwner);
        Assert.Contains("Review access.", flag.Message);
    }

    [Fact]
    public void Type_I_only_and_SOC_3_only_are_flagged()
    {
        Assert.Contains(Run(Evidence([Soc2(EvidenceKind.Soc2TypeI, null, new DateOnly(2026, 5, 1))])), f => f.Code == PostureFlagCode.Soc2TypeIOnly);
        Assert.Contains(Run(Evidence([Soc2(EvidenceKind.Soc3, new DateOnly(2025, 6, 1), new DateOnly(2026, 5, 1))])), f => f.Code == PostureFlagCode.Soc3Only);
    }

    [Fact]
    public void An_expired_2013_certificate_flags_expiry_and_edition_but_not_its_accredited_body()
    {
        var certificate = Certificate(new DateOnly(2025, 10, 31));
        var evidence = Evidence([certificate], fields: [Field(certificate, "standard", "ISO/IEC 27001:2013"), Field(certificate, "accreditationBody", "UKAS")]);

        var flags = Run(evidence);

        Assert.Equal([PostureFlagCode.IsoCertificateExpired, PostureFlagCode.Iso27001Edition2013], flags.Select(f => f.Code));
        Assert.Equal(50, PostureScoring.Score(flags));
        Assert.Equal(PostureGrade.D, PostureScoring.Grade(50));
    }

    [Fact]
    public void A_certificate_expiring_within_90_days_from_an_unknown_body_is_flagged_twice()
    {
        var certificate = Certificate(new DateOnly(2026, 8, 1));
        var evidence = Evidence([certificate], fields: [Field(certificate, "standard", "ISO/IEC 27001:2022"), Field(certificate, "certificationBody", "Quick Certs Ltd")]);

        var flags = Run(evidence);

        Assert.Equal([PostureFlagCode.IsoCertificateExpiring, PostureFlagCode.AccreditationBodyNotRecognized], flags.Select(f => f.Code));
        Assert.Contains("'Quick Certs Ltd' is not an accreditation body", flags[1].Message);
    }

    [Fact]
    public void Consumed_services_missing_from_the_scope_are_flagged_one_by_one()
    {
        var certificate = Certificate(new DateOnly(2027, 8, 1));
        var evidence = Evidence([certificate], services: ["Managed Kubernetes", "Object Storage"],
            fields: [Field(certificate, "standard", "ISO/IEC 27001:2022"), Field(certificate, "accreditationBody", "DAkkS"),
                Field(certificate, "scope", "Development and operation of managed-Kubernetes clusters")]);

        var flag = Assert.Single(Run(evidence));

        Assert.Equal((PostureFlagCode.ScopeMissingService, "Object Storage"), (flag.Code, flag.Subject));
    }

    [Fact]
    public void A_vendor_without_extracted_evidence_gets_one_high_flag()
    {
        var flag = Assert.Single(Run(Evidence([])));

        Assert.Equal((PostureFlagCode.NoEvidence, FlagSeverity.High), (flag.Code, flag.Severity));
    }

    private static IReadOnlyList<FlagDraft> Run(PostureEvidence evidence) => Checks.Run(evidence, Today);

    private EvidenceDocument Soc2(EvidenceKind kind, DateOnly? start, DateOnly end, Opinion opinion = Opinion.Unmodified) => new()
    {
        Id = nextId++,
        Kind = kind,
        Title = kind.ToString(),
        FileName = "r.pdf",
        Sha256 = "0",
        Status = EvidenceStatus.Extracted,
        PeriodStart = start,
        PeriodEnd = end,
        Opinion = opinion,
    };

    private EvidenceDocument Bridge(DateOnly through) => new()
    {
        Id = nextId++,
        Kind = EvidenceKind.BridgeLetter,
        Title = "Bridge",
        FileName = "b.pdf",
        Sha256 = "0",
        Status = EvidenceStatus.Extracted,
        PeriodEnd = through,
    };

    private EvidenceDocument Certificate(DateOnly expiry) => new()
    {
        Id = nextId++,
        Kind = EvidenceKind.Iso27001Certificate,
        Title = "Certificate",
        FileName = "c.pdf",
        Sha256 = "0",
        Status = EvidenceStatus.Extracted,
        ExpiryDate = expiry,
    };

    private ExtractedField Field(EvidenceDocument document, string name, string value) =>
        new() { Id = nextId++, DocumentId = document.Id, Name = name, Value = value, Page = 1 };

    private static PostureEvidence Evidence(
        List<EvidenceDocument> documents, List<ExtractedField>? fields = null, string[]? services = null, string[]? vendorsWithEvidence = null) =>
        new(new Vendor { Id = 1, Name = "Acme", Services = [.. services ?? []] }, documents,
            (fields ?? []).GroupBy(f => f.DocumentId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, ExtractedField>)g.ToDictionary(f => f.Name)),
            (vendorsWithEvidence ?? []).ToHashSet());
}
