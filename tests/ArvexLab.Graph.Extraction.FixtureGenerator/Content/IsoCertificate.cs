using System.Globalization;
using ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;
using ArvexLab.Graph.Extraction.FixtureGenerator.Layout;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Content;

public enum CertLayout { Centered, LabelTable, Bilingual }

/// <summary>What an ISO/IEC 27001 certificate states; StandardPrinted is the designation as printed (with any EN/DIN prefix).</summary>
public sealed record IsoSpec
{
    public required string Organization { get; init; }
    public required string Address { get; init; }
    public required string CertificateNumber { get; init; }
    public required string StandardPrinted { get; init; }
    public required string StandardVersion { get; init; }
    public required string Scope { get; init; }
    public string[] Sites { get; init; } = [];
    public required string CertificationBody { get; init; }
    public string? AccreditationBody { get; init; }
    public string? AccreditationNumber { get; init; }
    public string? SoaVersion { get; init; }
    public DateOnly? SoaDate { get; init; }
    public DateOnly? Original { get; init; }
    public required DateOnly Issue { get; init; }
    public required DateOnly Expiry { get; init; }
    public required string DateFormat { get; init; }
    public CertLayout Layout { get; init; }
    public bool Landscape { get; init; }
    public bool SitesOnAnnex { get; init; }
}

public static class IsoCertificate
{
    public static (Doc, ExpectedDocument) Compose(IsoSpec c, Theme theme, string exercises)
    {
        string D(DateOnly d) => c.DateFormat == "ordinal"
            ? Dates.Format(d, DateStyle.Ordinal)
            : d.ToString(c.DateFormat, CultureInfo.InvariantCulture);
        var bi = c.Layout == CertLayout.Bilingual;
        string L(string de, string en) => bi ? $"{de} / {en}" : en;
        var soa = c.SoaVersion is null ? null
            : $"Statement of Applicability version {c.SoaVersion}" + (c.SoaDate is { } sd ? $", dated {D(sd)}" : "");

        var blocks = new List<Block>();
        if (c.Landscape)
            blocks.Add(new PageBreak(true));
        blocks.Add(new Frame());
        if (c.AccreditationBody is not null)
            blocks.Add(new Badge([c.AccreditationBody, "MANAGEMENT SYSTEMS", c.AccreditationNumber ?? ""]));
        blocks.Add(new Para(c.CertificationBody, 12, Bold: true, Align: Align.Center));
        blocks.Add(new Para(bi ? "ZERTIFIKAT / CERTIFICATE" : "CERTIFICATE OF REGISTRATION", 24, Bold: true, Align: Align.Center, SpaceBefore: 10));
        blocks.Add(new Para(bi ? "Hiermit wird bescheinigt, dass / This is to certify that" : "This is to certify that the Information Security Management System of", Align: Align.Center, SpaceBefore: 8));
        blocks.Add(new Para(c.Organization, 16, Bold: true, Align: Align.Center, SpaceBefore: 6));
        blocks.Add(new Para(c.Address, 9, Align: Align.Center));
        blocks.Add(new Para(bi ? "ein Informationssicherheits-Managementsystem eingefuehrt hat und anwendet gemaess / has implemented and maintains an information security management system in accordance with"
            : "has been assessed and found to conform to the requirements of", Align: Align.Center, SpaceBefore: 8));
        blocks.Add(new Para(c.StandardPrinted, 18, Bold: true, Align: Align.Center, SpaceBefore: 4));

        var rows = new List<Row>();
        if (c.Layout == CertLayout.Centered)
        {
            blocks.Add(new Para("for the following scope:", Align: Align.Center, SpaceBefore: 6));
            blocks.Add(new Para(c.Scope, 10.5, Align: Align.Center));
            if (soa is not null)
                blocks.Add(new Para($"In accordance with the {soa}.", 9, Align: Align.Center));
        }
        else
        {
            rows.Add(Row.Of(L("Geltungsbereich", "Scope"), c.Scope));
            if (soa is not null)
                rows.Add(Row.Of(L("Anwendbarkeitserklaerung", "Statement of Applicability"), soa.Replace("Statement of Applicability version", "Version")));
        }
        if (c.Sites.Length > 0 && !c.SitesOnAnnex)
            rows.Add(Row.Of(L("Standorte", "Sites"), string.Join("\n", c.Sites)));
        rows.Add(Row.Of(L("Zertifikat-Registrier-Nr.", "Certificate Number"), c.CertificateNumber));
        if (c.Original is { } o)
            rows.Add(Row.Of(L("Erstzertifizierung", "Original Certification Date"), D(o)));
        rows.Add(Row.Of(L("Ausstellungsdatum", "Issue Date"), D(c.Issue)));
        rows.Add(Row.Of(L("Gueltig bis", "Expiry Date"), D(c.Expiry)));
        if (c.AccreditationBody is not null && c.AccreditationNumber is not null)
            rows.Add(Row.Of(L("Akkreditierung", "Accreditation"), $"{c.AccreditationBody} accreditation number {c.AccreditationNumber}"));
        blocks.Add(new Table(null, [1.2, 3], rows, Ruled: false, FontSize: 9.5));
        blocks.Add(new Para("Validity of this certificate is subject to successful annual surveillance audits.", 8, Align: Align.Center));
        blocks.Add(new Para($"For and on behalf of {c.CertificationBody}", 9, Align: Align.Center, SpaceBefore: 8));
        blocks.Add(new Para("Managing Director, Certification", 8, Align: Align.Center));
        if (c.SitesOnAnnex && c.Sites.Length > 0)
        {
            blocks.Add(new PageBreak(c.Landscape));
            blocks.Add(new Heading($"Annex to Certificate {c.CertificateNumber}", 2));
            blocks.Add(new Para("The following sites are included in the scope of certification:"));
            blocks.Add(new Table(["No.", "Site"], [0.3, 5], [.. c.Sites.Select((s, i) => Row.Of($"{i + 1}", s))], Ruled: true, FontSize: 9.5));
        }

        var e = new ExpectedDocument { Kind = Kind.ISO27001_CERTIFICATE, Exercises = exercises };
        var f = e.Fields;
        f["organization"] = c.Organization;
        f["certificateNumber"] = c.CertificateNumber;
        f["standard"] = "ISO/IEC 27001";
        f["standardVersion"] = c.StandardVersion;
        f["scope"] = c.Scope;
        if (c.Sites.Length > 0)
            f["sites"] = c.Sites;
        f["certificationBody"] = c.CertificationBody;
        if (c.AccreditationBody is not null)
            f["accreditationBody"] = c.AccreditationBody;
        if (c.AccreditationNumber is not null)
            f["accreditationNumber"] = c.AccreditationNumber;
        if (c.SoaVersion is not null)
            f["soaVersion"] = c.SoaVersion;
        if (c.SoaDate is { } soaDate)
            f["soaDate"] = Dates.Iso(soaDate);
        if (c.Original is { } orig)
            f["originalCertificationDate"] = Dates.Iso(orig);
        f["issueDate"] = Dates.Iso(c.Issue);
        f["expiryDate"] = Dates.Iso(c.Expiry);
        return (new Doc(blocks, theme), e);
    }
}
