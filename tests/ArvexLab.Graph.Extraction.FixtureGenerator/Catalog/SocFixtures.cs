using ArvexLab.Graph.Extraction.FixtureGenerator.Content;
using ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;
using ArvexLab.Graph.Extraction.FixtureGenerator.Layout;
using static ArvexLab.Graph.Extraction.FixtureGenerator.Catalog.Parties;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Catalog;

/// <summary>SOC 2 Type II and Type I reports in many table styles.</summary>
public static class SocFixtures
{
    private static readonly Theme Sans = new(PaperSize.Letter, Serif: false, Footer: null);
    private static readonly Theme Serif = new(PaperSize.Letter, Serif: true, Footer: null);

    private static SocSpec Northwind(Kind kind = Kind.SOC2_TYPE_II) => new()
    {
        Kind = kind,
        Company = "Northwind Ledger, Inc.",
        Short = "Northwind",
        System = "Ledger Cloud Platform",
        Auditor = "Lumen & Marsh LLP",
        AuditorCity = "Denver, Colorado",
        ReportDate = new(2025, 8, 14),
        PeriodStart = kind == Kind.SOC2_TYPE_II ? new(2024, 7, 1) : null,
        PeriodEnd = new(2025, 6, 30),
        Categories = SecurityAvailability,
        Cuecs = CuecSlice(0, 5),
        Subservices = [Nimbus],
    };

    private static Fixture Soc(string name, Producer p, SocSpec spec, SocStyle style, string exercises) =>
        new(name, p, () => SocReport.Compose(spec, style, exercises));

    public static IEnumerable<Fixture> All()
    {
        yield return Soc("soc2-type2-ruled-4col-dotted-refs", Producer.PdfPig,
            Northwind() with { Exceptions = 2, NotTested = 1, Seed = 11 },
            new() { Layout = MatrixLayout.FourColumnRef, Criteria = CriteriaShown.GroupRows, Refs = RefStyle.CriterionDotted, KeepRowsTogether = true, Theme = Sans with { Footer = "Northwind Ledger, Inc. - Confidential" } },
            "4-column ruled matrix (Ref | Control | Tests | Results), criteria as spanning group rows, refs like CC6.1.2, header repeated, rows kept whole on one page, inline management responses, CUEC table with criteria, carve-out subservice table, one not-tested control");
        yield return Soc("soc2-type2-unruled-3col-criteria-headings", Producer.PdfPig,
            new SocSpec
            {
                Kind = Kind.SOC2_TYPE_II,
                Company = "Brightwater Payroll Corp.",
                Short = "Brightwater",
                System = "PayStream Payroll Services",
                Auditor = "Halvorsen Kline CPAs, P.C.",
                AuditorCity = "Minneapolis, Minnesota",
                ReportDate = new(2025, 3, 7),
                PeriodStart = new(2024, 1, 1),
                PeriodEnd = new(2024, 12, 31),
                Categories = SecurityOnly,
                Cuecs = CuecSlice(1, 4),
                Exceptions = 1,
                Seed = 2,
                ControlCount = 20,
            },
            new() { Layout = MatrixLayout.ThreeColumn, Criteria = CriteriaShown.Headings, Refs = RefStyle.None, Ruled = false, Vocabulary = 1, Responses = ResponsePlacement.LaterSection, CuecStyle = CuecStyle.Numbered, CuecPrefix = false, Dates = DateStyle.Day, Theme = Serif with { Paper = PaperSize.A4 } },
            "3-column unruled matrix without refs, criteria as headings above a table per criterion (controls repeated under each of their criteria), responses in a later Section 5, numbered CUECs after a 'User entities are responsible for' lead-in, A4, no subservice organizations");
        yield return Soc("soc2-type2-5col-domain-refs-inclusive", Producer.Chromium,
            new SocSpec
            {
                Kind = Kind.SOC2_TYPE_II,
                Company = "Cobalt Harbor Software Ltd.",
                Short = "Cobalt Harbor",
                System = "Harbor Secure File Transfer",
                Auditor = "Ashgrove Assurance LLP",
                AuditorCity = "Boston, Massachusetts",
                ReportDate = new(2025, 11, 3),
                PeriodStart = new(2024, 10, 1),
                PeriodEnd = new(2025, 9, 30),
                Categories = SecurityAvailabilityConfidentiality,
                Cuecs = CuecSlice(2, 6),
                Exceptions = 3,
                NotTested = 2,
                Seed = 3,
                ControlCount = 28,
                Subservices = [Corvid],
                SubserviceMethod = Method.INCLUSIVE,
            },
            new() { Layout = MatrixLayout.FiveColumn, Criteria = CriteriaShown.Column, Refs = RefStyle.Domain, Shaded = true, Vocabulary = 2, CuecStyle = CuecStyle.Bulleted, Theme = Sans },
            "5-column ruled, shaded matrix (Criteria | Control ID | Control | Test | Result) with refs like AC-03, criteria stacked in a column, <thead> repeated by Chromium, bulleted CUECs each starting 'User entities are responsible for', inclusive subservice organization");
        yield return Soc("soc2-type2-landscape-matrix-sequential-refs", Producer.PdfPig,
            new SocSpec
            {
                Kind = Kind.SOC2_TYPE_II,
                Company = "Tidewell Health Systems, Inc.",
                Short = "Tidewell",
                System = "Tidewell Patient Messaging Platform",
                Auditor = "Pemberton Rowe LLP",
                AuditorCity = "Nashville, Tennessee",
                ReportDate = new(2025, 5, 20),
                PeriodStart = new(2024, 4, 1),
                PeriodEnd = new(2025, 3, 31),
                Categories = SecurityAvailabilityConfidentiality,
                Cuecs = CuecSlice(3, 3),
                Exceptions = 2,
                NotTested = 1,
                Seed = 4,
                ControlCount = 26,
                Subservices = [Nimbus, Postline],
            },
            new() { Layout = MatrixLayout.FourColumnRef, Criteria = CriteriaShown.GroupRows, Refs = RefStyle.Sequential, LandscapeMatrix = true, Shaded = true, Vocabulary = 3, CuecStyle = CuecStyle.Table, CuecCriteria = false, SubserviceTable = false, Theme = Sans with { Footer = "Tidewell Health Systems | SOC 2 Type II" } },
            "landscape control matrix (letter landscape pages) inside a portrait report, refs C-01..., vocabulary 'Auditor's Test of Controls'/'Results', CUEC table without criteria, subservice organizations as paragraphs");
        yield return Soc("soc2-type2-landscape-header-once-html", Producer.Chromium,
            new SocSpec
            {
                Kind = Kind.SOC2_TYPE_II,
                Company = "Quarry Logistics, LLC",
                Short = "Quarry",
                System = "FleetTrack System",
                Auditor = "Merriweather & Stone CPAs LLP",
                AuditorCity = "Austin, Texas",
                ReportDate = new(2025, 2, 28),
                PeriodStart = new(2024, 1, 1),
                PeriodEnd = new(2024, 12, 31),
                Categories = SecurityAvailability,
                Cuecs = CuecSlice(4, 4),
                Exceptions = 1,
                Seed = 5,
                ControlCount = 34,
                Subservices = [Nimbus],
            },
            new() { Layout = MatrixLayout.FiveColumn, Criteria = CriteriaShown.Column, Refs = RefStyle.CriterionDotted, LandscapeMatrix = true, RepeatHeader = false, Ruled = false, Vocabulary = 0, CuecStyle = CuecStyle.Numbered, Theme = Serif },
            "landscape (CSS @page size) unruled 5-column matrix whose header row is printed only on the first page, numbered CUECs with the prefix on every item");
        yield return Soc("soc2-type2-header-not-repeated-split-rows", Producer.PdfPig,
            new SocSpec
            {
                Kind = Kind.SOC2_TYPE_II,
                Company = "Vantora Data Corp.",
                Short = "Vantora",
                System = "Vantora Analytics Cloud",
                Auditor = "Greyfield Attest Partners LLC",
                AuditorCity = "Chicago, Illinois",
                ReportDate = new(2025, 10, 17),
                PeriodStart = new(2024, 9, 1),
                PeriodEnd = new(2025, 8, 31),
                Categories = SecurityAvailabilityConfidentiality,
                Cuecs = CuecSlice(0, 8),
                Exceptions = 4,
                NotTested = 2,
                Seed = 6,
                ControlCount = 40,
                Subservices = [Nimbus, Stratus],
            },
            new() { Layout = MatrixLayout.FourColumnRef, Criteria = CriteriaShown.GroupRows, Refs = RefStyle.Domain, RepeatHeader = false, Vocabulary = 0, Responses = ResponsePlacement.Inline, Theme = Serif with { Footer = "Vantora Data Corp." } },
            "long ruled matrix whose header is printed once, tall rows (inline management responses) split across page breaks, refs like AC-03, eight CUECs");
        foreach (var f in SocFixturesMore.All())
            yield return f;
    }
}
