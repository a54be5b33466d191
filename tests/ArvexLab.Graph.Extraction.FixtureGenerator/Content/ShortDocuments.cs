using ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;
using ArvexLab.Graph.Extraction.FixtureGenerator.Layout;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Content;

/// <summary>SOC 3 reports, bridge letters and a marketing whitepaper: documents without control matrices.</summary>
public static class ShortDocuments
{
    public static (Doc, ExpectedDocument) Soc3(SocSpec s, SocStyle style, string exercises)
    {
        var period = SocFrontMatter.Period(s, style);
        var blocks = new List<Block>
        {
            new Spacer(100),
            new Para("SOC 3 Report", 24, Bold: true, Align: Align.Center),
            new Para($"{s.Company}", 16, Align: Align.Center, SpaceBefore: 14),
            new Para($"Report on the {s.System} Relevant to {SocFrontMatter.Categories(s.Categories)} {period}", 11, Align: Align.Center, SpaceBefore: 10),
            new Para("For general use", 10, Align: Align.Center, SpaceBefore: 30),
        };
        blocks.AddRange(SocFrontMatter.AuditorReport(s, style, "Independent Service Auditor's Report").Select(b =>
            b is Para p && p.Text.StartsWith("We have examined", StringComparison.Ordinal)
                ? new Para($"We have examined {s.Short}'s accompanying assertion titled \"Assertion of {s.Company} Management\" (assertion) that the controls within the {s.System} were effective {period} to provide reasonable assurance that {s.Short}'s service commitments and system requirements were achieved based on the trust services criteria relevant to {SocFrontMatter.Categories(s.Categories)} (applicable trust services criteria).")
                : b));
        blocks.AddRange(SocFrontMatter.Assertion(s, style, $"Assertion of {s.Company} Management"));
        blocks.Add(new Heading("Attachment A: Description of the Boundaries of the System", 2));
        blocks.Add(new Para($"The {s.System} comprises the web application, application programming interfaces, the supporting databases and the people and procedures that operate them. Customer-facing support and billing systems are outside the boundaries of the system."));
        if (s.Subservices.Length > 0)
        {
            blocks.Add(new Para($"{s.Short} uses the following subservice organizations; their controls are excluded from the scope of this report."));
            blocks.Add(new Table(["Subservice Organization", "Services Provided"], [1, 2], [.. s.Subservices.Select(x => Row.Of(x.Name, x.Services))], FontSize: 9));
        }
        var expected = new ExpectedDocument { Kind = Kind.SOC3, Exercises = exercises };
        expected.Fields["serviceOrganization"] = s.Company;
        expected.Fields["systemName"] = s.System;
        expected.Fields["auditor"] = s.Auditor;
        expected.Fields["reportDate"] = Dates.Iso(s.ReportDate);
        expected.Fields["periodStart"] = Dates.Iso(s.PeriodStart!.Value);
        expected.Fields["periodEnd"] = Dates.Iso(s.PeriodEnd);
        expected.Fields["trustServicesCategories"] = s.Categories.Select(c => c.ToString()).ToArray();
        expected.Fields["opinion"] = s.Opinion.ToString();
        foreach (var (name, services) in s.Subservices)
            expected.SubserviceOrganizations.Add(new ExpectedSubservice(name, services, s.SubserviceMethod));
        return (new Doc(blocks, style.Theme), expected);
    }

    public static (Doc, ExpectedDocument) BridgeLetter(SocSpec s, DateOnly letterDate, DateOnly through, DateStyle dates, Theme theme, bool changes, string exercises)
    {
        string D(DateOnly d) => Dates.Format(d, dates);
        var blocks = new List<Block>
        {
            new Para(s.Company, 14, Bold: true),
            new Para("100 Harbor Point Drive, Suite 400", 9),
            new Spacer(20),
            new Para(D(letterDate)),
            new Spacer(8),
            new Para("Re: Bridge Letter (Gap Letter) for the SOC 2 Type II Report", Bold: true),
            new Para("To our customers and their auditors:"),
            new Para($"{s.Auditor} issued a SOC 2 Type II report on {s.Company}'s {s.System} for the period {D(s.PeriodStart!.Value)} through {D(s.PeriodEnd)} (the report), dated {D(s.ReportDate)}. This letter covers the period from {D(s.PeriodEnd.AddDays(1))} through {D(through)} (the bridge period)."),
            new Para(changes
                ? $"During the bridge period, {s.Short} made the following changes to its system and internal controls: the identity provider was migrated to a new vendor in the second month of the bridge period, and the vulnerability scanning tool was replaced. Management is not aware of any other material changes to the controls described in the report."
                : $"Management of {s.Short} is not aware of any material changes to the system or to the internal controls described in the report that occurred during the bridge period, nor of any significant deficiencies or material weaknesses in the design or operation of those controls."),
            new Para($"The next SOC 2 Type II examination, covering the period through {D(s.PeriodEnd.AddYears(1))}, is under way. This letter is not a substitute for the report and has not been examined by an independent auditor."),
            new Para("Sincerely,", SpaceBefore: 10),
            new Spacer(24),
            new Para("Dana Whitlock"),
            new Para($"Chief Information Security Officer, {s.Company}"),
        };
        var expected = new ExpectedDocument { Kind = Kind.BRIDGE_LETTER, Exercises = exercises };
        expected.Fields["serviceOrganization"] = s.Company;
        expected.Fields["auditor"] = s.Auditor;
        expected.Fields["periodStart"] = Dates.Iso(s.PeriodStart.Value);
        expected.Fields["periodEnd"] = Dates.Iso(s.PeriodEnd);
        expected.Fields["bridgeThroughDate"] = Dates.Iso(through);
        return (new Doc(blocks, theme), expected);
    }

    public static (Doc, ExpectedDocument) Questionnaire(Theme theme, string exercises)
    {
        var blocks = new List<Block>
        {
            new Para("Vendor Security Questionnaire - Response", 18, Bold: true),
            new Para("Respondent: Brightwater Payroll Corp. | Prepared for: prospective customers | Version 4, March 2025", 9),
            new Heading("Section B: Assurance and Certifications", 2),
            new Table(["ID", "Question", "Response"], [0.5, 2.5, 4], [
                Row.Of("B.1", "Do you have a current SOC 2 Type II report?", "Yes. Our most recent SOC 2 Type II report covers the period January 1, 2024 to December 31, 2024 and was issued by an independent CPA firm. It is available under NDA from our trust portal."),
                Row.Of("B.2", "Does the report contain exceptions?", "The report contains one exception relating to the timeliness of security awareness training. A remediation plan is in place."),
                Row.Of("B.3", "Are you certified to ISO/IEC 27001?", "We are preparing for certification to ISO/IEC 27001:2022 and expect the stage 2 audit in the fourth quarter."),
                Row.Of("B.4", "Which subservice organizations do you rely on?", "Production is hosted by a major public cloud provider. Its SOC reports are reviewed annually."),
                Row.Of("B.5", "What must customers do to secure their use of the service?", "Customers manage their own user accounts, enable multi-factor authentication and review access periodically."),
            ], Ruled: true, Shaded: true, FontSize: 9),
            new Para("This questionnaire response is provided for information only. It is not an audit report or a certificate.", 8, SpaceBefore: 12),
        };
        return (new Doc(blocks, theme), new ExpectedDocument { Kind = Kind.UNKNOWN, Exercises = exercises });
    }

    public static (Doc, ExpectedDocument) Whitepaper(Theme theme, string exercises)
    {
        var blocks = new List<Block>
        {
            new Para("Trust at Every Layer", 22, Bold: true),
            new Para("How Quillfeather Analytics protects your data - a whitepaper for security-minded buyers", 12),
            new Heading("Why compliance reports matter", 2),
            new Para("Buyers often ask for a SOC 2 Type II report, a SOC 3 report or an ISO/IEC 27001 certificate before they sign. These documents are produced by independent auditors and certification bodies, and they describe controls relevant to security, availability, confidentiality and privacy. This whitepaper explains what to look for in them."),
            new Para("A SOC 2 Type II report covers a review period, typically six or twelve months, and includes the auditor's tests and results. A Type I report describes controls at a point in time. Look for exceptions, for the opinion of the service auditor, and for complementary user entity controls that you are expected to operate yourself."),
            new Heading("Our approach", 2),
            new ListBlock([
                "Encryption of all customer data at rest and in transit.",
                "Single sign-on and multi-factor authentication for every employee.",
                "Continuous monitoring with a 24x7 security operations partner.",
                "An annual penetration test by an independent firm.",
            ], ListStyle.Bulleted),
            new Para("We are working towards our first SOC 2 examination and plan to begin an ISO 27001 certification project next year. Contact our team to learn more about our roadmap."),
            new Heading("Frequently asked questions", 2),
            new Table(["Question", "Answer"], [1, 2], [
                Row.Of("Do you have a SOC 2 report?", "Not yet. Our readiness assessment is complete and the audit window opens next quarter."),
                Row.Of("Are you ISO 27001 certified?", "No. We align our policies with ISO/IEC 27001:2022 Annex A."),
                Row.Of("Who is your auditor?", "We will announce our audit partner when the engagement begins."),
            ], Ruled: false, FontSize: 9),
            new Para("Copyright Quillfeather Analytics. Marketing material; not an audit report.", 8, SpaceBefore: 20),
        };
        return (new Doc(blocks, theme), new ExpectedDocument { Kind = Kind.UNKNOWN, Exercises = exercises });
    }
}
