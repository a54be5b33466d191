using System.Text;
using ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Catalog;

/// <summary>Inputs the extractor must reject with a typed error instead of a result.</summary>
public static class BrokenFiles
{
    public static void Write(byte[] report, Action<string, byte[], ExpectedDocument> write)
    {
        // The first 30% of a real report: header and some objects survive, the page tree, xref and trailer do not.
        write("truncated-soc2-report", report[..(report.Length * 3 / 10)], new ExpectedDocument
        {
            Kind = Kind.UNKNOWN,
            Error = "CORRUPT_PDF",
            Exercises = "a SOC 2 report cut after 30% of its bytes (no xref, no trailer): CORRUPT_PDF, no crash, no fields",
        });
        var html = "<!DOCTYPE html>\n<html><head><title>Access denied</title></head>\n<body><h1>403 Forbidden</h1>\n"
            + "<p>You do not have permission to download soc2-type2-report.pdf from this portal. Sign in and try again.</p>\n</body></html>\n";
        write("not-a-pdf-html-error-page", Encoding.UTF8.GetBytes(html), new ExpectedDocument
        {
            Kind = Kind.UNKNOWN,
            Error = "NOT_A_PDF",
            Exercises = "an HTML error page saved with a .pdf name: NOT_A_PDF",
        });
    }
}
