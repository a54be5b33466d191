namespace ArvexLab.Graph.Extraction.FixtureGenerator.Content;

/// <summary>The wording one audit firm uses in its matrices; fixtures pick one by index.</summary>
public sealed record Vocabulary(
    string Ref, string Control, string Tests, string Results, string Criteria,
    string NoExceptions, string ExceptionPrefix, string ResponseLabel,
    Func<string, string> NotTested)
{
    public static readonly IReadOnlyList<Vocabulary> All =
    [
        new("Control #", "Control Activity Specified by the Service Organization", "Tests Performed by the Service Auditor",
            "Results of Tests", "Criteria", "No exceptions noted.", "Exception noted: ", "Management's Response: ",
            why => $"No events to test. {why} during the review period; therefore, the operating effectiveness of this control could not be tested."),
        new("Ref", "Controls Specified by the Company", "Testing Procedures", "Test Results", "TSC Ref.",
            "No deviations noted.", "Deviation noted. ", "Management Response: ",
            why => $"Not tested. {why} during the period."),
        new("Control ID", "Description of Control", "Test Procedure", "Test Result", "Trust Services Criteria",
            "No exceptions noted", "Exceptions noted. ", "Response from Management: ",
            why => $"The circumstances that warrant the operation of this control did not occur during the period ({Lower(why)}). Therefore, no testing was performed."),
        new("No.", "Service Organization's Control Activity", "Auditor's Test of Controls", "Results", "Criteria Ref.",
            "No relevant exceptions noted.", "Exception noted. ", "Management's response: ",
            why => $"{why} during the examination period. The control was not tested."),
    ];

    private static string Lower(string s) => char.ToLowerInvariant(s[0]) + s[1..];
}
