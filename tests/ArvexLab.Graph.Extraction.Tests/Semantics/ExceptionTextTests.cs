using ArvexLab.Graph.Extraction.Semantics;

namespace ArvexLab.Graph.Extraction.Tests.Semantics;

public sealed class ExceptionTextTests
{
    [Theory]
    [InlineData("Exception noted: For 2 of 25 sampled employees, the form was not signed.", "For 2 of 25 sampled employees, the form was not signed.")]
    [InlineData("Exceptions noted. Backup jobs for 3 of 25 sampled days failed.", "Backup jobs for 3 of 25 sampled days failed.")]
    [InlineData("Deviation noted. For 1 of 40 sampled changes, no review was recorded.", "For 1 of 40 sampled changes, no review was recorded.")]
    [InlineData("For 1 of 8 sampled terminated employees, access was not disabled timely.", "For 1 of 8 sampled terminated employees, access was not disabled timely.")]
    public void Deviation_text_is_read_without_its_label(string printed, string description)
    {
        Assert.Equal(description, ExceptionText.Split(printed).Description);
    }

    [Theory]
    [InlineData("Management's response: The form is now required.")]
    [InlineData("Response from Management: The form is now required.")]
    [InlineData("Management Response: The form is now required.")]
    [InlineData("Management’s Response - The form is now required.")]
    public void Inline_management_response_is_split_from_the_deviation_under_any_common_label(string label)
    {
        var (description, response) = ExceptionText.Split("Exception noted. For 2 of 25 sampled employees, the form was not signed. " + label);
        Assert.Equal("For 2 of 25 sampled employees, the form was not signed.", description);
        Assert.Equal("The form is now required.", response);
    }
}
