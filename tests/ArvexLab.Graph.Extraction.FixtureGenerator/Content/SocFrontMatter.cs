using ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;
using ArvexLab.Graph.Extraction.FixtureGenerator.Layout;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Content;

/// <summary>Cover page, Section I (the service auditor's report) and Section II (management's assertion).</summary>
public static class SocFrontMatter
{
    public static string Categories(Tsc[] categories)
    {
        var words = categories.Select(c => c.ToString().Replace('_', ' ').ToLowerInvariant()).ToList();
        return words.Count switch
        {
            1 => words[0],
            2 => $"{words[0]} and {words[1]}",
            _ => string.Join(", ", words.Take(words.Count - 1)) + ", and " + words[^1],
        };
    }

    public static string Period(SocSpec s, SocStyle style) => s.PeriodStart is { } start
        ? $"for the period {Dates.Format(start, style.Dates)} to {Dates.Format(s.PeriodEnd, style.Dates)}"
        : $"as of {Dates.Format(s.PeriodEnd, style.Dates)}";

    public static IEnumerable<Block> Cover(SocSpec s, SocStyle style, string title)
    {
        var typeII = s.Kind == Kind.SOC2_TYPE_II;
        yield return new Spacer(120);
        yield return new Para(title, 22, Bold: true, Align: Align.Center);
        yield return new Para(s.Company, 16, Align: Align.Center, SpaceBefore: 18);
        yield return new Para($"Report on {s.Company}'s Description of Its {s.System} and on the Suitability of the Design"
            + (typeII ? " and Operating Effectiveness" : "") + $" of Its Controls Relevant to {Title(Categories(s.Categories))}",
            11, Align: Align.Center, SpaceBefore: 12);
        var period = Period(s, style);
        yield return new Para(char.ToUpperInvariant(period[0]) + period[1..], 11, Align: Align.Center, SpaceBefore: 12);
        yield return new Spacer(160);
        yield return new Para($"Prepared by {s.Auditor}", 9, Align: Align.Center);
        yield return new Para("CONFIDENTIAL - The information in this report is intended solely for the use of the service organization and its user entities.",
            8, Align: Align.Center);
    }

    public static IEnumerable<Block> AuditorReport(SocSpec s, SocStyle style, string heading)
    {
        var typeII = s.Kind == Kind.SOC2_TYPE_II;
        var period = Period(s, style);
        yield return new PageBreak();
        yield return new Heading(heading);
        yield return new Para($"To the Management of {s.Company}:", Bold: true);
        yield return new Heading("Scope", 3);
        yield return new Para($"We have examined {s.Short}'s accompanying description of its {s.System} titled \"{s.Company}'s Description of Its {s.System}\" "
            + $"{period} (description) based on the criteria for a description of a service organization's system in DC section 200, and the suitability of the design"
            + (typeII ? " and operating effectiveness" : "") + $" of controls stated in the description {period}, to provide reasonable assurance that {s.Short}'s service "
            + $"commitments and system requirements were achieved based on the trust services criteria relevant to {Categories(s.Categories)} (applicable trust services criteria).");
        if (s.Subservices.Length > 0)
        {
            var names = string.Join(" and ", s.Subservices.Select(x => x.Name));
            yield return new Para(s.SubserviceMethod == Method.CARVE_OUT
                ? $"{s.Short} uses {names} as subservice organizations. The description indicates that complementary subservice organization controls that are suitably designed and operating effectively are necessary, along with controls at {s.Short}, to achieve {s.Short}'s service commitments. The description presents {s.Short}'s controls and excludes the controls of the subservice organizations. Our examination did not extend to controls of the subservice organizations."
                : $"{s.Short} uses {names} as subservice organizations. The description includes those elements of the subservice organizations' controls relevant to the applicable trust services criteria. Our examination included the controls of the subservice organizations, and the description presents them using the inclusive method.");
        }
        yield return new Para($"The description indicates that complementary user entity controls that are suitably designed and operating effectively are necessary, along with controls at {s.Short}, to achieve {s.Short}'s service commitments and system requirements. Our examination did not extend to such complementary user entity controls.");
        // Lists that are not CUECs: an extractor must not harvest every bullet in the report.
        yield return new Heading("Service Auditor's Responsibilities", 3);
        yield return new Para("An examination of a description of a service organization's system and the suitability of the design" + (typeII ? " and operating effectiveness" : "") + " of controls involves:");
        yield return new ListBlock([
            "Obtaining an understanding of the system and the service organization's service commitments and system requirements.",
            "Assessing the risks that the description is not presented in accordance with the description criteria and that controls were not suitably designed" + (typeII ? " or did not operate effectively." : "."),
            "Performing procedures to obtain evidence about whether controls stated in the description were suitably designed to provide reasonable assurance that the service organization achieved its service commitments and system requirements.",
            "Evaluating the overall presentation of the description.",
        ], style.Vocabulary % 2 == 0 ? ListStyle.Bulleted : ListStyle.Lettered);
        foreach (var b in Opinion(s, period, typeII))
            yield return b;
        yield return new Para(s.Auditor, Bold: true, SpaceBefore: 14);
        yield return new Para(s.AuditorCity);
        yield return new Para(Dates.Format(s.ReportDate, style.Dates));
    }

    private static IEnumerable<Block> Opinion(SocSpec s, string period, bool typeII)
    {
        var scope = typeII ? "were suitably designed and operated effectively" : "were suitably designed";
        switch (s.Opinion)
        {
            case Expectations.Opinion.QUALIFIED:
                var criteria = string.Join(" and ", s.QualifiedCriteria);
                yield return new Heading("Basis for Qualified Opinion", 3);
                yield return new Para($"As indicated in Section IV, our tests of controls relevant to criteria {criteria} identified deviations that were sufficiently pervasive that the controls did not operate effectively to provide reasonable assurance that {s.Short}'s service commitments and system requirements were achieved based on trust services criteria {criteria} {period}.");
                yield return new Heading("Qualified Opinion", 3);
                yield return new Para($"In our opinion, except for the effects of the matter described in the Basis for Qualified Opinion paragraph, in all material respects, the description presents the {s.System} that was designed and implemented {period}, and the controls stated in the description {scope} {period}, to provide reasonable assurance that {s.Short}'s service commitments and system requirements were achieved based on the applicable trust services criteria.");
                break;
            case Expectations.Opinion.ADVERSE:
                yield return new Heading("Basis for Adverse Opinion", 3);
                yield return new Para($"Our tests identified numerous and pervasive deviations in the operation of the access management, change management and vulnerability management controls described in Section IV. As a result, {s.Short}'s controls did not provide reasonable assurance that its service commitments and system requirements were achieved.");
                yield return new Heading("Adverse Opinion", 3);
                yield return new Para($"In our opinion, because of the significance of the matters described in the Basis for Adverse Opinion paragraph, the controls stated in the description did not operate effectively {period} to provide reasonable assurance that {s.Short}'s service commitments and system requirements were achieved based on the applicable trust services criteria.");
                break;
            default:
                yield return new Heading("Opinion", 3);
                yield return new Para($"In our opinion, in all material respects, the description presents the {s.System} that was designed and implemented {period}, and the controls stated in the description {scope} {period}, to provide reasonable assurance that {s.Short}'s service commitments and system requirements would be achieved based on the applicable trust services criteria, if complementary user entity controls assumed in the design of {s.Short}'s controls operated effectively.");
                break;
        }
    }

    public static IEnumerable<Block> Assertion(SocSpec s, SocStyle style, string heading)
    {
        var period = Period(s, style);
        yield return new PageBreak();
        yield return new Heading(heading);
        yield return new Para($"We have prepared the accompanying description of {s.Company}'s {s.System} {period} based on the criteria for a description of a service organization's system. The description is intended to provide report users with information about the {s.System} that may be useful when assessing the risks arising from interactions with {s.Short}'s system.");
        yield return new Para($"We confirm, to the best of our knowledge and belief, that the description presents the system that was designed and implemented {period} in accordance with the description criteria, and that the controls stated in the description were suitably designed to provide reasonable assurance that our service commitments and system requirements would be achieved based on the applicable trust services criteria.");
        yield return new Para($"{s.Company} Management", Bold: true, SpaceBefore: 10);
    }

    private static string Title(string text) => string.Join(' ', text.Split(' ').Select(w => w == "and" ? w : char.ToUpperInvariant(w[0]) + w[1..]));
}
