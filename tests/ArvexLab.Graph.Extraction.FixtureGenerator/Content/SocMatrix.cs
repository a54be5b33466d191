using ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;
using ArvexLab.Graph.Extraction.FixtureGenerator.Layout;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Content;

/// <summary>Section IV: the control matrix, in the column set and criteria presentation the style asks for.</summary>
public static class SocMatrix
{
    public static IEnumerable<Block> Render(SocSpec s, SocStyle style, List<SocControl> controls, string heading)
    {
        var v = Vocabulary.All[style.Vocabulary];
        var typeII = s.Kind == Kind.SOC2_TYPE_II;
        yield return new PageBreak(style.LandscapeMatrix);
        yield return new Heading(heading);
        yield return new Para(typeII
            ? $"The controls below were tested {SocFrontMatter.Period(s, style)}. Where a test identified a deviation, the deviation is described in the results column."
            : $"The controls below were placed in operation {SocFrontMatter.Period(s, style)}. Tests of operating effectiveness were not performed.");

        if (style.Criteria == CriteriaShown.Column && style.Layout is MatrixLayout.ThreeColumn or MatrixLayout.FourColumnRef)
            throw new ArgumentException("This column set has no criteria column; show criteria as group rows or headings.");
        var header = Header(style, v, typeII);
        var widths = Widths(style, typeII);
        if (style.Criteria == CriteriaShown.Headings)
        {
            foreach (var criterion in CriteriaOrder(controls))
            {
                yield return new Heading($"{criterion} {CriteriaTitles.Of(criterion)}", 3);
                yield return MakeTable(style, header, widths, [.. controls.Where(c => c.Criteria.Contains(criterion)).Select(c => Cells(style, c, s, v, typeII))]);
            }
        }
        else if (style.Criteria == CriteriaShown.GroupRows)
        {
            var rows = new List<Row>();
            foreach (var criterion in CriteriaOrder(controls))
            {
                rows.Add(Row.GroupRow($"{criterion} {CriteriaTitles.Of(criterion)}"));
                rows.AddRange(controls.Where(c => c.Criteria.Contains(criterion)).Select(c => Cells(style, c, s, v, typeII)));
            }
            yield return MakeTable(style, header, widths, rows);
        }
        else
        {
            yield return MakeTable(style, header, widths, [.. controls.Select(c => Cells(style, c, s, v, typeII))]);
        }
    }

    public static IEnumerable<string> CriteriaOrder(IEnumerable<SocControl> controls) =>
        controls.SelectMany(c => c.Criteria).Distinct().OrderBy(SocControls.CriterionKey);

    private static Table MakeTable(SocStyle style, string[] header, double[] widths, List<Row> rows) =>
        new(header, widths, rows, style.Ruled, style.RepeatHeader, style.Shaded, style.LandscapeMatrix ? 9 : 8.5, SplitRows: !style.KeepRowsTogether);

    private static string[] Header(SocStyle style, Vocabulary v, bool typeII)
    {
        var cols = style.Layout switch
        {
            MatrixLayout.ThreeColumn => new[] { v.Control, v.Tests, v.Results },
            MatrixLayout.FourColumnRef => [v.Ref, v.Control, v.Tests, v.Results],
            MatrixLayout.FourColumnCriteria => [v.Criteria, v.Control, v.Tests, v.Results],
            _ => [v.Criteria, v.Ref, v.Control, v.Tests, v.Results],
        };
        return typeII ? cols : cols[..^2];
    }

    private static double[] Widths(SocStyle style, bool typeII)
    {
        var w = style.Layout switch
        {
            MatrixLayout.ThreeColumn => new[] { 3.0, 3.0, 2.0 },
            MatrixLayout.FourColumnRef => [0.9, 3.0, 3.0, 2.0],
            MatrixLayout.FourColumnCriteria => [1.0, 3.0, 3.0, 2.0],
            _ => [0.9, 0.9, 3.0, 3.0, 2.0],
        };
        return typeII ? w : w[..^2];
    }

    private static Row Cells(SocStyle style, SocControl c, SocSpec s, Vocabulary v, bool typeII)
    {
        var criteria = string.Join(style.Layout == MatrixLayout.FiveColumn ? "\n" : ", ", c.Criteria);
        var result = c.ResultText ?? "";
        if (c.Result == Result.EXCEPTION && style.Responses == ResponsePlacement.Inline)
            result += $"\n\n{v.ResponseLabel}{c.Source.Response}";
        var cells = style.Layout switch
        {
            MatrixLayout.ThreeColumn => new[] { c.Source.Description, c.Source.Tests, result },
            MatrixLayout.FourColumnRef => [c.Ref ?? "", c.Source.Description, c.Source.Tests, result],
            MatrixLayout.FourColumnCriteria => [criteria, c.Source.Description, c.Source.Tests, result],
            _ => [criteria, c.Ref ?? "", c.Source.Description, c.Source.Tests, result],
        };
        return new Row(typeII ? cells : cells[..^2]);
    }
}
