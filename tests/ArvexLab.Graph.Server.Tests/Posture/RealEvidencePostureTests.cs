using System.Collections.Concurrent;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence.Import;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;
using ArvexLab.Graph.Server.Features.Posture;
using ArvexLab.Graph.Server.Tests.Evidence;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArvexLab.Graph.Server.Tests.Posture;

/// <summary>
/// Real PDFs through the real extraction tool, the importer (which maps controls) and the posture recorder, with
/// today fixed at 2026-06-15. Expectations are read off the documents by hand: Centro's certificate is to the 2013
/// edition, expired 2024-07-31, and its seal names IAC (IAC-MSCB-5044), not an IAF MLA signatory; Synadia's Type II covers 2024-07-01 to
/// 2024-09-30 with four carved-out clouds and seven CUECs; RapidReconciler's report has two exceptions; the generated
/// fixture's opinion is qualified on CC7.1 and A1.2.
/// </summary>
public sealed class RealEvidencePostureTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static readonly ConcurrentDictionary<string, Task<ExtractionOutput>> Outputs = new();
    private static readonly string QualifiedFixture = Path.Combine(RepositoryRoot.Path, "tests", "ArvexLab.Graph.Extraction.Tests", "Fixtures", "generated",
        "soc2-type2-qualified-two-criteria-html.pdf");

    private readonly PostureRecorder recorder = new(
        new PostureChecks(new PostureSettings(), AccreditationBodyRegistry.Load(CatalogDataFolder.Default)),
        new ManualClock(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero)));

    [ExtractionToolFact]
    public async Task The_expired_2013_certificate_flags_expiry_edition_and_an_accreditation_body_off_the_IAF_list()
    {
        var posture = await ImportAsync(["Satellite Monitoring"], Real("centro_iso27001_certificate.pdf"));

        Assert.Equal([PostureFlagCode.IsoCertificateExpired, PostureFlagCode.Iso27001Edition2013, PostureFlagCode.AccreditationBodyNotRecognized],
            posture.Flags.Select(f => f.Code));
        Assert.Equal("The ISO/IEC 27001 certificate expired on 2024-07-31.", posture.Flags[0].Message);
        Assert.Equal("ISO/IEC 27001:2013", posture.Flags[1].Subject);
        // The scanned seal reads "IAC-MSCB-5044": IAC is not an IAF MLA signatory.
        Assert.Equal("IAC", posture.Flags[2].Subject);
        Assert.StartsWith("'IAC' is not an accreditation body on the IAF MLA list", posture.Flags[2].Message);
        Assert.All(posture.Flags, f => Assert.Equal(1, f.Page));
        Assert.Equal((40, PostureGrade.D), (posture.Score, posture.Grade));
    }

    [ExtractionToolFact]
    public async Task A_three_month_type_II_flags_the_short_period_its_staleness_carve_outs_and_unowned_CUECs()
    {
        var posture = await ImportAsync([], Real("synadia_soc2_type2.pdf"));

        var counts = posture.Flags.GroupBy(f => f.Code).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<PostureFlagCode, int>
        {
            [PostureFlagCode.Soc2PeriodStale] = 1,
            [PostureFlagCode.Soc2PeriodTooShort] = 1,
            [PostureFlagCode.CarvedOutSubserviceWithoutEvidence] = 4,
            [PostureFlagCode.CuecWithoutOwner] = 7,
        }, counts);
        var period = posture.Flags.Single(f => f.Code == PostureFlagCode.Soc2PeriodTooShort);
        Assert.Equal("The Type II review period 2024-07-01 to 2024-09-30 covers 3 months, less than 6.", period.Message);
        Assert.Equal(5, period.Page);
        Assert.Equal(["AWS", "Azure", "Digital Ocean", "Google Cloud Platform (GCP)"], posture.Flags.Where(f => f.Code == PostureFlagCode.CarvedOutSubserviceWithoutEvidence).Select(f => f.Subject).Order());
    }

    [ExtractionToolFact]
    public async Task Each_exception_of_a_real_report_is_a_flag_naming_its_criteria_and_its_controls_are_mapped()
    {
        var (posture, vendorId) = await ImportWithVendorAsync([], Real("rapidreconciler_soc2_type2.pdf"));

        var exceptions = posture.Flags.Where(f => f.Code == PostureFlagCode.ControlException).ToList();
        Assert.Equal(["CC6.2, CC6.3", "CC6.6, CC6.7"], exceptions.Select(f => f.Subject));
        Assert.Equal([34, 36], exceptions.Select(f => f.Page));
        Assert.StartsWith("Exception in a control (CC6.2, CC6.3): For 1 of 8 sampled terminated employees", exceptions[0].Message);

        await using var db = database.CreateContext(TestTenant.Of(await OrganizationAsync()));
        var methods = await db.ControlMappings.Where(m => m.Control!.Document!.VendorId == vendorId).GroupBy(m => m.Method)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.True(methods[ControlMappingMethod.Explicit] > 0);
        Assert.True(methods[ControlMappingMethod.Derived] > methods[ControlMappingMethod.Explicit]);
    }

    [ExtractionToolFact]
    public async Task A_qualified_opinion_is_flagged_and_names_the_criteria()
    {
        var posture = await ImportAsync([], QualifiedFixture);

        var opinion = Assert.Single(posture.Flags, f => f.Code == PostureFlagCode.OpinionModified);
        Assert.Equal((FlagSeverity.High, "CC7.1, A1.2"), (opinion.Severity, opinion.Subject));
        Assert.Equal("The auditor's opinion is qualified concerning CC7.1, A1.2.", opinion.Message);
    }

    private static string Real(string file) => Path.Combine(RepositoryRoot.RealCorpus, file);

    private async Task<VendorPosture> ImportAsync(string[] services, string pdf) => (await ImportWithVendorAsync(services, pdf)).Posture;

    private async Task<(VendorPosture Posture, long VendorId)> ImportWithVendorAsync(string[] services, string pdf)
    {
        var output = await Outputs.GetOrAdd(pdf, async path =>
        {
            var runner = new ExtractionProcessRunner(new ExtractionSettings { ToolPath = ExtractionToolFactAttribute.ToolPath, Timeout = TimeSpan.FromMinutes(5) },
                NullLogger<ExtractionProcessRunner>.Instance);
            var result = await runner.RunAsync(path, CancellationToken.None);
            return result.Output ?? throw new InvalidOperationException($"{path}: {result.Failure}");
        });
        var organizationId = await OrganizationAsync();
        await using var db = database.CreateContext(TestTenant.Of(organizationId));
        var vendor = new Vendor { Name = Path.GetFileNameWithoutExtension(pdf) + " " + Guid.NewGuid().ToString("N")[..6], Services = [.. services] };
        var document = new EvidenceDocument
        {
            Vendor = vendor,
            Kind = EvidenceKind.Other,
            Title = Path.GetFileName(pdf),
            FileName = Path.GetFileName(pdf),
            Sha256 = new string('c', 64),
            Status = EvidenceStatus.Extracting,
        };
        db.EvidenceDocuments.Add(document);
        await db.SaveChangesAsync();

        await ExtractionImporter.ImportAsync(db, document.Id, output);
        await recorder.RecomputeAsync(db, vendor.Id);

        await using var read = database.CreateContext(TestTenant.Of(organizationId));
        var posture = await read.VendorPostures.Include(p => p.Flags).SingleAsync(p => p.VendorId == vendor.Id);
        posture.Flags = posture.Flags.OrderBy(f => f.SortOrder).ToList();
        return (posture, vendor.Id);
    }

    // One organization per database, with the built-in catalogs loaded as at start-up (the importer maps against them).
    private static readonly ConcurrentDictionary<TestDatabase, Task<long>> Organizations = new();

    private Task<long> OrganizationAsync() => Organizations.GetOrAdd(database, async db =>
    {
        await using (var system = db.CreateSystemContext())
        {
            await new BuiltInCatalogLoader().SeedAsync(system, CancellationToken.None);
        }

        return await GraphApp.CreateOrganizationAsync(db, "Real evidence");
    });
}
