using ArvexLab.Graph.Extraction.FixtureGenerator.Content;
using ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;
using ArvexLab.Graph.Extraction.FixtureGenerator.Layout;
using static ArvexLab.Graph.Extraction.FixtureGenerator.Catalog.Parties;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Catalog;

/// <summary>SOC 3 reports, bridge letters, ISO/IEC 27001 certificates and a non-evidence document.</summary>
public static class OtherFixtures
{
    private static readonly Theme Sans = new(PaperSize.Letter, Serif: false, Footer: null);
    private static readonly Theme SerifA4 = new(PaperSize.A4, Serif: true, Footer: null);

    private static readonly SocSpec Harbor = new()
    {
        Kind = Kind.SOC3,
        Company = "Cobalt Harbor Software Ltd.",
        Short = "Cobalt Harbor",
        System = "Harbor Secure File Transfer",
        Auditor = "Ashgrove Assurance LLP",
        AuditorCity = "Boston, Massachusetts",
        ReportDate = new(2025, 11, 3),
        PeriodStart = new(2024, 10, 1),
        PeriodEnd = new(2025, 9, 30),
        Categories = SecurityAvailabilityConfidentiality,
        Cuecs = [],
        Subservices = [Corvid],
    };

    private static readonly SocSpec Orchard = new()
    {
        Kind = Kind.SOC3,
        Company = "Orchardline Software, Inc.",
        Short = "Orchardline",
        System = "Orchardline Scheduling Service",
        Auditor = "Halvorsen Kline CPAs, P.C.",
        AuditorCity = "Minneapolis, Minnesota",
        ReportDate = new(2026, 1, 22),
        PeriodStart = new(2024, 12, 1),
        PeriodEnd = new(2025, 11, 30),
        Categories = SecurityOnly,
        Cuecs = [],
        Subservices = [Nimbus],
    };

    public static IEnumerable<Fixture> All()
    {
        yield return new("soc3-general-use", Producer.PdfPig, () => ShortDocuments.Soc3(Harbor, new SocStyle { Theme = Sans }, "SOC 3 general-use report: period, opinion, categories, no controls"));
        yield return new("soc3-html", Producer.Chromium, () => ShortDocuments.Soc3(Orchard, new SocStyle { Dates = DateStyle.Day, Theme = SerifA4 }, "SOC 3 in HTML, day-month-year dates, carve-out subservice mentioned in the opinion"));
        yield return new("bridge-letter-no-changes", Producer.PdfPig, () => ShortDocuments.BridgeLetter(
            Harbor with { Kind = Kind.SOC2_TYPE_II }, new(2026, 1, 15), new(2025, 12, 31), DateStyle.Us, Sans, changes: false,
            "bridge letter: covered period, bridge-through date, no material changes"));
        yield return new("bridge-letter-with-changes-html", Producer.Chromium, () => ShortDocuments.BridgeLetter(
            Orchard with { Kind = Kind.SOC2_TYPE_II }, new(2026, 4, 2), new(2026, 3, 31), DateStyle.Day, SerifA4, changes: true,
            "bridge letter in HTML listing material changes, day-month-year dates"));
        foreach (var f in Certificates())
            yield return f;
        yield return new("security-questionnaire-response", Producer.PdfPig, () => ShortDocuments.Questionnaire(Sans,
            "vendor questionnaire answering questions about its SOC 2 report, exceptions, ISO plans and customer duties: kind UNKNOWN, no fields, no items"));
        yield return new("marketing-whitepaper-mentions-soc2", Producer.Chromium, () => ShortDocuments.Whitepaper(Sans,
            "marketing whitepaper that talks about SOC 2, SOC 3 and ISO 27001: kind UNKNOWN, no fields, no items"));
    }

    private static IEnumerable<Fixture> Certificates()
    {
        yield return Cert("iso27001-2022-ordinal-dates-accredited", Producer.PdfPig, new IsoSpec
        {
            Organization = "Larkspur Digital Services Ltd",
            Address = "14 Canal Street, Manchester M1 3HE, United Kingdom",
            CertificateNumber = "ISMS-778201",
            StandardPrinted = "ISO/IEC 27001:2022",
            StandardVersion = "2022",
            Scope = "The provision of managed cloud hosting, backup and disaster recovery services to business customers.",
            Sites = ["14 Canal Street, Manchester M1 3HE, United Kingdom", "Unit 7, Thornbury Business Park, Leeds LS11 8QT, United Kingdom"],
            CertificationBody = "Clearmark Certification Ltd",
            AccreditationBody = "UKAS",
            AccreditationNumber = "4417",
            SoaVersion = "3.1",
            SoaDate = new(2025, 9, 12),
            Original = new(2019, 11, 4),
            Issue = new(2025, 10, 25),
            Expiry = new(2028, 10, 24),
            DateFormat = "ordinal",
            Layout = CertLayout.Centered,
        }, SerifA4, "ISO 27001:2022, dates like '25th October 2025', UKAS mark, SoA version and date, two sites");
        yield return Cert("iso27001-2013-din-en-bilingual", Producer.PdfPig, new IsoSpec
        {
            Organization = "Rheinwerk Datensysteme GmbH",
            Address = "Hafenstrasse 21, 50668 Koeln, Deutschland",
            CertificateNumber = "DE-27001-4471-2024",
            StandardPrinted = "DIN EN ISO/IEC 27001:2017 (ISO/IEC 27001:2013)",
            StandardVersion = "2013",
            Scope = "Development, operation and support of the Rheinwerk payroll software and the associated data center services.",
            Sites = ["Hafenstrasse 21, 50668 Koeln, Deutschland", "Industriestrasse 4, 40221 Duesseldorf, Deutschland", "Am Markt 9, 04109 Leipzig, Deutschland"],
            CertificationBody = "Nordzert Pruefgesellschaft mbH",
            AccreditationBody = "DAkkS",
            AccreditationNumber = "D-ZM-16021-01-00",
            SoaVersion = "2.0",
            SoaDate = new(2024, 1, 15),
            Original = new(2018, 3, 11),
            Issue = new(2024, 3, 11),
            Expiry = new(2027, 3, 10),
            DateFormat = "dd.MM.yyyy",
            Layout = CertLayout.Bilingual,
            SitesOnAnnex = true,
        }, SerifA4, "DIN EN prefix with the 2013 edition in brackets, dates like '10.03.2027', bilingual labels, DAkkS, sites on an annex page");
        yield return Cert("iso27001-2022-en-landscape-no-accreditation", Producer.Chromium, new IsoSpec
        {
            Organization = "Solvang Analytics ApS",
            Address = "Vesterbrogade 48, 1620 Copenhagen V, Denmark",
            CertificateNumber = "SA-2025-0193",
            StandardPrinted = "EN ISO/IEC 27001:2023 (ISO/IEC 27001:2022)",
            StandardVersion = "2022",
            Scope = "Information security management for the development and hosting of retail demand forecasting software.",
            CertificationBody = "Baltic Assurance Registrar OU",
            Original = new(2025, 3, 14),
            Issue = new(2025, 3, 14),
            Expiry = new(2028, 3, 13),
            DateFormat = "dd/MM/yyyy",
            Layout = CertLayout.LabelTable,
            Landscape = true,
        }, Sans, "landscape certificate, EN prefix, dates like '13/03/2028', no accreditation body or mark, no sites, no SoA");
        yield return Cert("iso27001-2022-us-dates-anab", Producer.Chromium, new IsoSpec
        {
            Organization = "Bluefin Claims Processing, LLC",
            Address = "2200 Gulf Breeze Parkway, Pensacola, FL 32502, USA",
            CertificateNumber = "US-ISMS-30562",
            StandardPrinted = "ISO/IEC 27001:2022",
            StandardVersion = "2022",
            Scope = "The information security management system supporting insurance claims intake, adjudication support and customer service operations.",
            Sites = ["2200 Gulf Breeze Parkway, Pensacola, FL 32502, USA"],
            CertificationBody = "Keystone Registrar Services, Inc.",
            AccreditationBody = "ANAB",
            AccreditationNumber = "MSCB-2291",
            SoaVersion = "5",
            Original = new(2022, 3, 14),
            Issue = new(2025, 3, 14),
            Expiry = new(2028, 3, 13),
            DateFormat = "MMMM d, yyyy",
            Layout = CertLayout.Centered,
        }, Sans, "US dates like 'March 13, 2028', ANAB mark, SoA version without a date, one site");
        yield return Cert("iso27001-2013-iso-dates-label-table", Producer.PdfPig, new IsoSpec
        {
            Organization = "Copperleaf Systems Pte. Ltd.",
            Address = "80 Robinson Road, #10-01, Singapore 068898",
            CertificateNumber = "SG-IS-10448",
            StandardPrinted = "ISO/IEC 27001:2013",
            StandardVersion = "2013",
            Scope = "Provision of software development and managed security monitoring services.",
            CertificationBody = "Straits Certification Pte. Ltd.",
            AccreditationBody = "SAC",
            AccreditationNumber = "MS-2019-117",
            SoaVersion = "1.4",
            SoaDate = new(2022, 6, 30),
            Issue = new(2022, 9, 1),
            Expiry = new(2025, 8, 31),
            DateFormat = "yyyy-MM-dd",
            Layout = CertLayout.LabelTable,
        }, new(PaperSize.A4, Serif: false, Footer: null), "2013 edition (lapsed), ISO dates, label/value table layout, no original certification date");
    }

    private static Fixture Cert(string name, Producer p, IsoSpec spec, Theme theme, string exercises) =>
        new(name, p, () => IsoCertificate.Compose(spec, theme, exercises));
}
