using ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;
using ArvexLab.Graph.Extraction.FixtureGenerator.Layout;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Content;

/// <summary>Assembles a whole SOC 2 report and, from the same facts, its expected file.</summary>
public static class SocReport
{
    public static (Doc Doc, ExpectedDocument Expected) Compose(SocSpec s, SocStyle style, string exercises)
    {
        var controls = SocControls.Select(s, style);
        var typeII = s.Kind == Kind.SOC2_TYPE_II;
        var roman = style.Vocabulary % 2 == 0;
        string Section(int n, string title) => roman ? $"Section {"I II III IV V".Split(' ')[n - 1]}: {title}" : $"{n}. {title}";

        var blocks = new List<Block>();
        blocks.AddRange(SocFrontMatter.Cover(s, style, typeII ? "SOC 2 Type II Report" : "SOC 2 Type 1 Report"));
        blocks.Add(new PageBreak());
        blocks.Add(new Heading("Table of Contents"));
        var titles = new[] { Section(1, "Independent Service Auditor's Report"), Section(2, $"Assertion of {s.Company} Management"),
            Section(3, $"{s.Company}'s Description of Its {s.System}"), Section(4, typeII ? "Trust Services Criteria, Related Controls, and Tests of Controls" : "Trust Services Criteria and Related Controls") };
        blocks.AddRange(titles.Select(t => new Para(t, SpaceBefore: 4)));
        blocks.AddRange(SocFrontMatter.AuditorReport(s, style, Section(1, "Independent Service Auditor's Report")));
        blocks.AddRange(SocFrontMatter.Assertion(s, style, Section(2, $"Assertion of {s.Company} Management")));
        blocks.AddRange(SocDescription.Render(s, style, Section(3, $"{s.Company}'s Description of Its {s.System}")));
        blocks.AddRange(SocMatrix.Render(s, style, controls,
            Section(4, typeII ? "Trust Services Criteria, Related Controls, and Tests of Controls" : "Trust Services Criteria and Related Controls")));
        var failing = controls.Where(c => c.Result == Result.EXCEPTION).ToList();
        if (failing.Count > 0 && style.Responses == ResponsePlacement.LaterSection)
            blocks.AddRange(Responses(s, style, failing, Section(5, "Other Information Provided by Management")));

        var expected = new ExpectedDocument { Kind = s.Kind, Exercises = exercises };
        var f = expected.Fields;
        f["serviceOrganization"] = s.Company;
        f["systemName"] = s.System;
        f["auditor"] = s.Auditor;
        f["reportDate"] = Dates.Iso(s.ReportDate);
        if (s.PeriodStart is { } start)
        {
            f["periodStart"] = Dates.Iso(start);
            f["periodEnd"] = Dates.Iso(s.PeriodEnd);
        }
        else
        {
            f["asOfDate"] = Dates.Iso(s.PeriodEnd);
        }
        f["trustServicesCategories"] = s.Categories.Select(c => c.ToString()).ToArray();
        f["opinion"] = s.Opinion.ToString();
        if (s.Opinion == Opinion.QUALIFIED)
            f["qualifiedCriteria"] = s.QualifiedCriteria;
        foreach (var c in controls)
            expected.Controls.Add(new ExpectedControl(c.Ref, c.Source.Description, c.Criteria, typeII ? c.Source.Tests : null, c.Result, c.ResultText));
        foreach (var c in failing)
            expected.Exceptions.Add(new ExpectedException(c.Ref, c.Criteria, c.Deviation!, c.Source.Response));
        foreach (var (text, criteria) in SocDescription.CuecTexts(s, style))
            expected.Cuecs.Add(new ExpectedCuec(text, criteria));
        foreach (var (name, services) in s.Subservices)
            expected.SubserviceOrganizations.Add(new ExpectedSubservice(name, services, s.SubserviceMethod));
        return (new Doc(blocks, style.Theme), expected);
    }

    private static IEnumerable<Block> Responses(SocSpec s, SocStyle style, List<SocControl> failing, string heading)
    {
        yield return new PageBreak();
        yield return new Heading(heading);
        yield return new Para($"The information in this section is presented by {s.Company} to provide additional information and is not a part of the description. It has not been subjected to the procedures applied in the examination.");
        yield return new Heading("Management's Responses to Exceptions Noted", 2);
        if (style.Vocabulary % 2 == 0)
        {
            yield return new Table(["Control", "Criteria", "Exception Noted", "Management's Response"], [0.9, 0.9, 3, 3],
                [.. failing.Select(c => Row.Of(c.Ref ?? "", string.Join(", ", c.Criteria), c.Deviation!, c.Source.Response!))],
                style.Ruled, style.RepeatHeader, style.Shaded);
        }
        else
        {
            foreach (var c in failing)
            {
                yield return new Heading($"{c.Ref ?? string.Join(", ", c.Criteria)}: {c.Source.Description}", 3);
                yield return new Para($"Exception noted: {c.Deviation}");
                yield return new Para($"Management's response: {c.Source.Response}");
            }
        }
    }
}
