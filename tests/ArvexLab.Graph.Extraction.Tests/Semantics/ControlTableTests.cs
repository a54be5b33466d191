using ArvexLab.Graph.Extraction.Layout;
using ArvexLab.Graph.Extraction.Model;
using ArvexLab.Graph.Extraction.Reading;
using ArvexLab.Graph.Extraction.Semantics;

namespace ArvexLab.Graph.Extraction.Tests.Semantics;

/// <summary>The control-table stages: header roles, group headings, rows over page breaks, merging.</summary>
public sealed class ControlTableTests
{
    private static ExtractionResult Generated(string name)
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.Fixtures, "generated", name + ".pdf"));
        return EvidenceExtractor.Extract(stream, new ExtractionOptions());
    }

    [Theory]
    [InlineData("TSC Ref.", ColumnRole.Criteria)]
    [InlineData("Criteria Ref.", ColumnRole.Criteria)]
    [InlineData("No.", ColumnRole.Ref)]
    [InlineData("Control #", ColumnRole.Ref)]
    [InlineData("Controls Specified by the Company", ColumnRole.Description)]
    [InlineData("Test Results", ColumnRole.Result)]
    public void Header_cell_words_give_the_column_role(string text, ColumnRole role) =>
        Assert.Equal(role, TableHeaders.RoleOf(text));

    [Fact]
    public void A_criterion_id_with_its_title_heads_a_group_but_a_row_in_a_criteria_column_does_not()
    {
        ColumnRole[] withRef = [ColumnRole.Ref, ColumnRole.Description, ColumnRole.Tests, ColumnRole.Result];
        double[] bounds = [100, 270, 440];
        var heading = Cut(bounds, ("CC3.1 Objectives for risk identification", 62));
        var seriesLabel = Cut(bounds, ("CC 3", 62), ("Common Criteria Related to Risk Assessment", 114));
        var row = Cut(bounds, ("GV-01", 62), ("Employees acknowledge the code", 112), ("Inspected the signed code", 280), ("No exceptions noted.", 450));
        ColumnRole[] withCriteria = [ColumnRole.Criteria, ColumnRole.Description];
        var criteriaRow = Cut([100], ("CC6.1", 62), ("Production data is encrypted at rest.", 112));

        Assert.True(GroupHeadings.IsHeading(heading, withRef, bounds));
        Assert.True(GroupHeadings.IsHeading(seriesLabel, withRef, bounds));
        Assert.False(GroupHeadings.IsHeading(row, withRef, bounds));
        Assert.False(GroupHeadings.IsHeading(criteriaRow, withCriteria, [100]));
        Assert.Equal(["CC3.1"], GroupHeadings.Criteria(heading, ["CC2.3"]));
        Assert.Equal(["CC2.3"], GroupHeadings.Criteria(seriesLabel, ["CC2.3"]));
    }

    [Fact]
    public void Cells_printed_closer_than_a_gutter_are_still_split_at_the_column_river()
    {
        // The first two cells come within 8.5 pt of each other (one segment), the third stands apart.
        var lines = new List<TextLine>();
        for (var i = 0; i < 6; i++)
        {
            lines.Add(Line(100 + i * 12, ("The board of directors meets at least quarterly and", 62, 233.5), ("Inspected board meeting minutes", 242, 360), ("No deviations noted.", 421, 492)));
        }

        var columns = new WhitespaceColumnDetector().Detect(lines, []);

        Assert.Equal(2, lines[0].Segments.Count);
        Assert.Equal(3, columns.Count);
        Assert.InRange(columns[0].X1, 233, 242);
    }

    [Fact]
    public void Criterion_group_rows_are_not_controls_and_a_row_cut_by_a_page_break_stays_whole()
    {
        var result = Generated("soc2-type2-clean-small");

        Assert.Equal(12, result.Controls.Count);
        Assert.DoesNotContain(result.Controls, c => ReferencePatterns.StartsWithCriterion(c.Description));
        Assert.Contains(result.Controls, c => c.Description == "Changes are tested in a staging environment that is separate from production before deployment." && c.Criteria.SequenceEqual(["CC8.1"]));
    }

    [Fact]
    public void Abbreviated_header_cells_and_a_criteria_column_give_controls_with_several_criteria()
    {
        var result = Generated("soc2-type2-4col-criteria-column-no-refs");

        Assert.Equal(22, result.Controls.Count);
        Assert.Contains(result.Controls, c => c.Description.StartsWith("Production data is encrypted", StringComparison.Ordinal) && c.Criteria.Order().SequenceEqual(["CC6.1", "CC6.6"]));
        Assert.Equal(2, result.Controls.Count(c => c.Result == ControlResult.Exception));
    }

    [Fact]
    public void A_landscape_matrix_whose_header_is_printed_once_yields_every_row_with_its_result()
    {
        var result = Generated("soc2-type2-landscape-header-once-html");

        Assert.Equal(34, result.Controls.Count);
        Assert.All(result.Controls, c => Assert.NotNull(c.Result));
        Assert.All(result.Controls, c => Assert.Matches(@"^CC\d\.\d\.\d$|^[A-Z]+\d\.\d\.\d$", c.Ref!));
    }

    [Fact]
    public void Type_I_controls_have_refs_criteria_and_no_results()
    {
        var result = Generated("soc2-type1-html");

        Assert.Equal(18, result.Controls.Count);
        Assert.All(result.Controls, c => Assert.Null(c.Result));
        Assert.Contains(result.Controls, c => c.Ref == "C-01" && c.Criteria.Order().SequenceEqual(["CC1.4", "CC2.2"]));
    }

    [Fact]
    public void Controls_read_from_a_clear_table_are_confident_and_a_merged_looking_row_is_not()
    {
        var result = Generated("soc2-type2-qualified-two-criteria-html");

        Assert.All(result.Controls, c => Assert.True(c.Confidence >= 0.9, c.Ref + " " + c.Confidence));
        Assert.Equal(2, ResultClassifier.CleanVerdicts("No exceptions noted. No exceptions noted."));
        Assert.Equal("Exceptions noted. Two were late.", ExceptionText.BeforeResponse("Exceptions noted. Two were late. Response from Management: Fixed."));
    }

    [RealCorpusFact]
    public void A_ref_the_report_reuses_for_another_control_gives_two_controls()
    {
        using var stream = File.OpenRead(RepositoryPaths.Real("tembo_soc2_type1.pdf"));
        var result = EvidenceExtractor.Extract(stream, new ExtractionOptions());

        var reused = result.Controls.Where(c => c.Ref == "CC6.1.5").ToList();
        Assert.Equal(2, reused.Count);
        Assert.NotEqual(reused[0].Description, reused[1].Description);
    }

    [Fact]
    public void A_criterion_label_after_a_centred_ref_row_opens_the_next_criterion_and_is_not_read_into_that_row()
    {
        // Criterion text wraps down the first column; each ref sits between the two lines of its description.
        ColumnRole[] roles = [ColumnRole.Criteria, ColumnRole.Ref, ColumnRole.Description];
        double[] bounds = [170, 225];
        TableLine[] lines =
        [
            CutAt(100, bounds, ("CC1.3 Management establishes,", 40), ("Tembo reviews its structure and", 233)),
            CutAt(106, bounds, ("CC1.3.1", 180)),
            CutAt(112, bounds, ("with board oversight,", 40), ("reporting lines every year.", 233)),
            CutAt(125, bounds, ("structures and lines", 40)),
            CutAt(138, bounds, ("and authorities", 40), ("A security team is responsible for", 233)),
            CutAt(144, bounds, ("CC1.2.9", 180)),
            CutAt(150, bounds, ("in the pursuit of", 40), ("the review of the security policies.", 233)),
            CutAt(163, bounds, ("objectives.", 40)),
            CutAt(186, bounds, ("CC1.4 The entity demonstrates", 40)),
            CutAt(199, bounds, ("a commitment to attract", 40)),
            CutAt(212, bounds, ("CC1.4.1", 180), ("Management evaluates all employees yearly.", 233)),
            CutAt(225, bounds, ("competent individuals.", 40)),
        ];

        var rows = TableRows.Group([new TableRegion(lines, roles, HasHeader: true) { Bounds = bounds }]);
        IReadOnlyList<string> CriteriaOf(string reference)
        {
            var row = rows.Single(r => r.Text(1) == reference);
            var inCell = ReferencePatterns.Criteria(row.Text(0));
            return inCell.Count > 0 ? inCell : row.GroupCriteria;
        }

        Assert.Equal(["CC1.3"], CriteriaOf("CC1.3.1"));
        Assert.Equal(["CC1.3"], CriteriaOf("CC1.2.9"));
        Assert.Equal(["CC1.4"], CriteriaOf("CC1.4.1"));
        Assert.StartsWith("CC1.4 The entity demonstrates", rows.Single(r => r.Text(1) == "CC1.4.1").Text(0), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CC6.3 The entity authorizes", true)]
    [InlineData("CC1.4: COSO Principle 4:", true)]
    [InlineData("CC6.1, CC6.2", false)]
    [InlineData("CC6.1 and CC6.2", false)]
    [InlineData("The entity CC6.1", false)]
    public void A_criterion_label_is_an_id_with_its_title(string text, bool label) =>
        Assert.Equal(label, ReferencePatterns.IsCriterionLabel(text));

    private static TableLine Cut(IReadOnlyList<double> bounds, params (string Text, double X)[] cells) => CutAt(100, bounds, cells);

    private static TableLine CutAt(double y, IReadOnlyList<double> bounds, params (string Text, double X)[] cells)
    {
        var line = Line(y, cells.Select(c => (c.Text, c.X, c.X + c.Text.Length * 4.0)).ToArray());
        var spans = new List<ColumnSpan>();
        var left = -1000.0;
        foreach (var b in bounds)
        {
            spans.Add(new ColumnSpan(left, b));
            left = b;
        }

        spans.Add(new ColumnSpan(left, 10000));
        return WhitespaceColumnDetector.Cut(line, spans) with { SpansColumns = false };
    }

    // Words laid out left to right inside each run; runs become segments as the line builder would cut them.
    private static TextLine Line(double y, params (string Text, double X0, double X1)[] runs)
    {
        var words = new List<SourceWord>();
        foreach (var (text, x0, x1) in runs)
        {
            var parts = text.Split(' ');
            var width = (x1 - x0 - (parts.Length - 1) * 2.0) / text.Replace(" ", string.Empty, StringComparison.Ordinal).Length;
            var x = x0;
            foreach (var part in parts)
            {
                words.Add(new SourceWord(part, new BoundingBox(x, y, x + part.Length * width, y + 7), 8, false));
                x += part.Length * width + 2;
            }
        }

        return LineBuilder.Build(1, words).Single();
    }
}
