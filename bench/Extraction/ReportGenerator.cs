using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ArvexLab.Graph.Extraction.Bench;

/// <summary>Writes an N-page SOC 2 style report: a few text pages, then a 4-column testing matrix.</summary>
internal static class ReportGenerator
{
    public static byte[] Build(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var control = 0;
        for (var p = 1; p <= pages; p++)
        {
            var page = builder.AddPage(612, 792);
            void Text(string text, double x, double y, double size = 8, bool heavy = false) =>
                page.AddText(text, size, new PdfPoint(x, 792 - y), heavy ? bold : font);

            if (p == 1)
            {
                Text("Independent Service Auditor's Report", 72, 80, 14, true);
                Text("We have examined Bench Corp, Inc.'s accompanying description of its Bench Cloud system throughout the period", 72, 110);
                Text("January 1, 2025 to December 31, 2025 based on the trust services criteria relevant to security.", 72, 121);
                Text("Opinion", 72, 150, 11, true);
                Text("In our opinion, in all material respects, the description presents the system fairly.", 72, 170);
                Text("Example & Partners LLP", 72, 200);
                Text("February 1, 2026", 72, 211);
                continue;
            }

            Text("Control #", 40, 60, 8, true);
            Text("Control Activity", 100, 60, 8, true);
            Text("Tests Performed by the Service Auditor", 280, 60, 8, true);
            Text("Results", 500, 60, 8, true);
            for (var y = 80.0; y < 730; y += 50)
            {
                control++;
                Text($"C-{control:000}", 40, y);
                Text("The company restricts logical access to", 100, y);
                Text("production systems to authorised staff.", 100, y + 10);
                Text("Inspected the access listing for a sample of", 280, y);
                Text("users to determine that access was approved.", 280, y + 10);
                Text(control % 17 == 0 ? "Exception noted. 1 of 25" : "No exceptions noted.", 500, y);
            }

            Text($"Page {p}", 290, 770);
        }

        return builder.Build();
    }
}
