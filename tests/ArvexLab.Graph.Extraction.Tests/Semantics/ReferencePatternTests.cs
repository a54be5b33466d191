using ArvexLab.Graph.Extraction.Model;
using ArvexLab.Graph.Extraction.Semantics;

namespace ArvexLab.Graph.Extraction.Tests.Semantics;

public sealed class ReferencePatternTests
{
    [Theory]
    [InlineData("CC6.1")]
    [InlineData("CC6.1.2")]
    [InlineData("C-01")]
    [InlineData("AC-03")]
    [InlineData("1.1")]
    [InlineData("CA.12")]
    [InlineData("4.02a")]
    public void Control_refs_of_many_shapes_are_recognised(string text) => Assert.True(ReferencePatterns.IsControlRef(text));

    [Theory]
    [InlineData("Inspected")]
    [InlineData("2024")]
    [InlineData("The")]
    public void Words_and_years_are_not_control_refs(string text) => Assert.False(ReferencePatterns.IsControlRef(text));

    [Theory]
    [InlineData("retained for a 1.5 year period")]
    [InlineData("see p 3.1 of the description")]
    [InlineData("cc6.1 in lower case is prose, not a printed criterion")]
    public void Prose_numbers_after_a_lower_case_letter_are_not_criteria(string text) => Assert.Empty(ReferencePatterns.Criteria(text));

    [Fact]
    public void Criteria_are_normalised_and_ranges_expanded()
    {
        Assert.Equal(["CC1.1", "CC6.1", "CC6.2", "CC6.3", "A1.2"], ReferencePatterns.Criteria("CC 1.1 COSO Principle 1; CC6.1 - CC6.3 & A1.2"));
    }

    [Fact]
    public void A_control_ref_is_not_mistaken_for_its_criterion()
    {
        Assert.Empty(ReferencePatterns.Criteria("CC1.1.1"));
    }

    [Theory]
    [InlineData("No exceptions noted.", ControlResult.NoExceptions)]
    [InlineData("No deviations noted.", ControlResult.NoExceptions)]
    [InlineData("Exception noted. For 1 of 8 sampled terminated employees, the disabling of access was not timely.", ControlResult.Exception)]
    [InlineData("The following exception was noted: one change was not approved.", ControlResult.Exception)]
    [InlineData("No events to test. Note: the board meeting was conducted outside the review period.", ControlResult.NotTested)]
    [InlineData("Attribute not tested: There were no employees who changed jobs. No exceptions noted on the remaining tests performed.", ControlResult.NotTested)]
    [InlineData("Not tested - control did not operate during the period", ControlResult.NotTested)]
    public void Result_phrases_are_classified(string text, ControlResult expected) => Assert.Equal(expected, ResultClassifier.Classify(text).Result);

    [Fact]
    public void Inline_management_response_is_split_from_the_result()
    {
        const string cell = "Exception noted: 2 of 25 not approved. Management's Response: approvals are now enforced.";
        Assert.Equal("Exception noted: 2 of 25 not approved.", ExceptionText.BeforeResponse(cell));
        Assert.Equal(("2 of 25 not approved.", "approvals are now enforced."), ExceptionText.Split(cell));
    }

    [Fact]
    public void A_management_comment_printed_in_the_result_cell_is_not_part_of_the_result() =>
        Assert.Equal("Exceptions noted. Two were late.", ExceptionText.BeforeResponse("Exceptions noted. Two were late. Management comment: Fixed."));
}
