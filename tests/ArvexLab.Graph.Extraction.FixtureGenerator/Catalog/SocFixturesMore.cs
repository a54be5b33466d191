using ArvexLab.Graph.Extraction.FixtureGenerator.Content;
using ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;
using ArvexLab.Graph.Extraction.FixtureGenerator.Layout;
using static ArvexLab.Graph.Extraction.FixtureGenerator.Catalog.Parties;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Catalog;

/// <summary>SOC 2 reports with modified opinions, unusual results, Type I reports and SOC 3 / bridge letters.</summary>
public static class SocFixturesMore
{
    private static readonly Theme Sans = new(PaperSize.Letter, Serif: false, Footer: null);
    private static readonly Theme Serif = new(PaperSize.Letter, Serif: true, Footer: null);

    private static SocSpec Spec(string company, string shortName, string system, string auditor, string city, Kind kind = Kind.SOC2_TYPE_II) => new()
    {
        Kind = kind,
        Company = company,
        Short = shortName,
        System = system,
        Auditor = auditor,
        AuditorCity = city,
        ReportDate = new(2025, 4, 25),
        PeriodStart = kind == Kind.SOC2_TYPE_I ? null : new(2024, 3, 1),
        PeriodEnd = new(2025, 2, 28),
        Categories = SecurityOnly,
        Cuecs = CuecSlice(0, 4),
    };

    private static Fixture Soc(string name, Producer p, SocSpec spec, SocStyle style, string exercises) =>
        new(name, p, () => SocReport.Compose(spec, style, exercises));

    public static IEnumerable<Fixture> All()
    {
        yield return Soc("soc2-type2-4col-criteria-column-no-refs", Producer.Chromium,
            Spec("Elmstead Insurance Technologies, Inc.", "Elmstead", "ClaimsDesk Platform", "Oakbridge Audit Group, P.A.", "Tampa, Florida")
                with
            { Exceptions = 2, NotTested = 1, Seed = 7, ControlCount = 22, Subservices = [Nimbus], Categories = SecurityAvailability },
            new() { Layout = MatrixLayout.FourColumnCriteria, Criteria = CriteriaShown.Column, Refs = RefStyle.None, Vocabulary = 1, Responses = ResponsePlacement.LaterSection, CuecStyle = CuecStyle.Table, CuecPrefix = false, Theme = Sans },
            "4-column matrix with a criteria column and no control refs (exceptions identified by criteria), responses in a later section as paragraphs, CUEC table items without the prefix");
        yield return Soc("soc2-type2-qualified-cc6-2", Producer.PdfPig,
            Spec("Kestrel Identity, Inc.", "Kestrel", "Kestrel Single Sign-On Service", "Lumen & Marsh LLP", "Denver, Colorado")
                with
            { Opinion = Opinion.QUALIFIED, QualifiedCriteria = ["CC6.2"], Exceptions = 3, Seed = 8, ControlCount = 24, Subservices = [Nimbus, Stratus] },
            new() { Layout = MatrixLayout.FourColumnRef, Criteria = CriteriaShown.GroupRows, Refs = RefStyle.CriterionDotted, Vocabulary = 0, Dates = DateStyle.Day, Theme = Serif },
            "qualified opinion naming criterion CC6.2, exceptions on the controls behind it");
        yield return Soc("soc2-type2-qualified-two-criteria-html", Producer.Chromium,
            Spec("Ironbark Hosting Pty Ltd", "Ironbark", "Ironbark Managed Hosting", "Ashgrove Assurance LLP", "Boston, Massachusetts")
                with
            { Opinion = Opinion.QUALIFIED, QualifiedCriteria = ["CC7.1", "A1.2"], Exceptions = 2, Seed = 9, ControlCount = 26, Categories = SecurityAvailability, Subservices = [Corvid] },
            new() { Layout = MatrixLayout.FiveColumn, Criteria = CriteriaShown.Column, Refs = RefStyle.Sequential, Vocabulary = 3, Shaded = true, Responses = ResponsePlacement.LaterSection, CuecStyle = CuecStyle.Bulleted, CuecPrefix = false, Theme = Serif },
            "qualified opinion naming CC7.1 and A1.2, responses in a later section table, bulleted CUECs with neither prefix nor lead-in");
        yield return Soc("soc2-type2-adverse", Producer.Chromium,
            Spec("Saffron Retail Cloud, Inc.", "Saffron", "Saffron Commerce Platform", "Bellweather CPA Group LLP", "Portland, Oregon")
                with
            { Opinion = Opinion.ADVERSE, Exceptions = 7, Seed = 10, ControlCount = 30, Subservices = [Nimbus, Postline] },
            new() { Layout = MatrixLayout.FourColumnRef, Criteria = CriteriaShown.Headings, Refs = RefStyle.Domain, Vocabulary = 2, KeepRowsTogether = true, Theme = Sans },
            "adverse opinion with seven exceptions, 4-column tables under criterion headings (a control under several criteria appears in each table with the same ref)");
        yield return Soc("soc2-type2-all-five-categories", Producer.Chromium,
            Spec("Meridian HR Cloud, Inc.", "Meridian", "Meridian People Platform", "Pemberton Rowe LLP", "Nashville, Tennessee")
                with
            { Categories = AllFive, ControlCount = 42, Exceptions = 2, NotTested = 2, Seed = 12, Cuecs = CuecSlice(0, 8), Subservices = [Nimbus, Stratus, Postline] },
            new() { Layout = MatrixLayout.FourColumnRef, Criteria = CriteriaShown.GroupRows, Refs = RefStyle.CriterionDotted, Vocabulary = 2, Shaded = true, Theme = Sans with { Paper = PaperSize.A4 } },
            "all five trust services categories (PI1.x, C1.x, P-series controls), 42 controls over many pages with a repeated <thead>");
        yield return Soc("soc2-type2-not-tested-results", Producer.PdfPig,
            Spec("Lattice Payments, Inc.", "Lattice", "Lattice Payment Gateway", "Halvorsen Kline CPAs, P.C.", "Minneapolis, Minnesota")
                with
            { NotTested = 5, Exceptions = 1, Seed = 13, ControlCount = 30, Categories = SecurityAvailabilityConfidentiality },
            new() { Layout = MatrixLayout.FiveColumn, Criteria = CriteriaShown.Column, Refs = RefStyle.Domain, Vocabulary = 2, Ruled = false, CuecStyle = CuecStyle.Bulleted, Theme = Sans },
            "five 'did not occur during the period ... no testing was performed' results, unruled 5-column matrix, no subservice organizations");
        yield return Soc("soc2-type2-clean-small", Producer.PdfPig,
            Spec("Fernhill Notes, Inc.", "Fernhill", "Fernhill Notes Service", "Oakbridge Audit Group, P.A.", "Tampa, Florida")
                with
            { ControlCount = 12, Seed = 14, Subservices = [Nimbus], Cuecs = CuecSlice(5, 3) },
            new() { Layout = MatrixLayout.ThreeColumn, Criteria = CriteriaShown.GroupRows, Refs = RefStyle.None, Vocabulary = 3, Theme = Serif },
            "small clean report: 12 controls, no exceptions, 3-column ruled matrix with group rows, no refs");
        yield return Soc("soc2-type2-3col-headings-no-refs-html", Producer.Chromium,
            Spec("Greyline Telematics GmbH", "Greyline", "Greyline Fleet Data Hub", "Merriweather & Stone CPAs LLP", "Austin, Texas")
                with
            { Exceptions = 2, NotTested = 1, Seed = 15, ControlCount = 24, Subservices = [Corvid, Nimbus] },
            new() { Layout = MatrixLayout.ThreeColumn, Criteria = CriteriaShown.Headings, Refs = RefStyle.None, Vocabulary = 0, Ruled = true, Responses = ResponsePlacement.LaterSection, CuecStyle = CuecStyle.Numbered, CuecPrefix = false, Dates = DateStyle.Day, Theme = Serif with { Paper = PaperSize.A4 } },
            "HTML 3-column tables under criterion headings without refs, responses table in a later section, numbered CUECs after a lead-in");
        yield return Soc("soc2-type1-ruled", Producer.PdfPig,
            Spec("Harrowgate Robotics, Inc.", "Harrowgate", "Harrowgate Fleet Control Platform", "Greyfield Attest Partners LLC", "Chicago, Illinois", Kind.SOC2_TYPE_I)
                with
            { ControlCount = 20, Seed = 16, Subservices = [Nimbus] },
            new() { Layout = MatrixLayout.FourColumnRef, Criteria = CriteriaShown.GroupRows, Refs = RefStyle.CriterionDotted, Theme = Sans },
            "Type I: as-of date, controls with refs and no tests or results");
        yield return Soc("soc2-type1-html", Producer.Chromium,
            Spec("Pinecrest Learning Co.", "Pinecrest", "Pinecrest Classroom Platform", "Bellweather CPA Group LLP", "Portland, Oregon", Kind.SOC2_TYPE_I)
                with
            { ControlCount = 18, Seed = 17, Categories = SecurityAvailability, Cuecs = CuecSlice(2, 5) },
            new() { Layout = MatrixLayout.FiveColumn, Criteria = CriteriaShown.Column, Refs = RefStyle.Sequential, Vocabulary = 1, CuecStyle = CuecStyle.Bulleted, Dates = DateStyle.Day, Theme = Serif },
            "Type I in HTML: Criteria | Ref | Control table, no results");
    }
}
