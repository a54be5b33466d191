using ArvexLab.Graph.Extraction.FixtureGenerator.Catalog;
using ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;
using ArvexLab.Graph.Extraction.FixtureGenerator.Rendering;
using UglyToad.PdfPig;

// Usage: dotnet run --project tests/ArvexLab.Graph.Extraction.FixtureGenerator -- <output folder> [name-filter]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: FixtureGenerator <output folder> [name-filter]");
    return 1;
}
var output = Directory.CreateDirectory(args[0]).FullName;
var filter = args.Length > 1 ? args[1] : "";
var work = Path.Combine(Path.GetTempPath(), $"arvex-fixturegen-{Environment.ProcessId}");
var fixtures = SocFixtures.All().Concat(OtherFixtures.All()).Where(f => f.Name.Contains(filter, StringComparison.Ordinal)).ToList();
byte[]? firstReport = null;
try
{
    foreach (var fixture in fixtures)
    {
        var (doc, expected) = fixture.Build();
        var bytes = fixture.Producer == Producer.PdfPig
            ? PdfPigRenderer.Render(doc)
            : ChromiumPrinter.Print(HtmlRenderer.Render(doc), work);
        bytes = Reproducible.Stabilize(bytes, fixture.Name);
        using (var pdf = PdfDocument.Open(bytes))
            expected.PageCount = pdf.NumberOfPages;
        expected.Producer = fixture.Producer == Producer.PdfPig ? "PdfPig PdfDocumentBuilder" : "Chromium print-to-pdf";
        Write(fixture.Name, bytes, expected);
        firstReport ??= expected.Kind == Kind.SOC2_TYPE_II ? bytes : null;
    }
    if (firstReport is not null && filter.Length == 0)
        BrokenFiles.Write(firstReport, Write);
}
finally
{
    if (Directory.Exists(work))
        Directory.Delete(work, recursive: true);
}
return 0;

void Write(string name, byte[] bytes, ExpectedDocument expected)
{
    File.WriteAllBytes(Path.Combine(output, name + ".pdf"), bytes);
    File.WriteAllText(Path.Combine(output, name + ".expected.json"), ExpectedJson.Write(expected));
    Console.WriteLine($"{name,-55} {expected.Kind,-22} {expected.PageCount,3} pages {bytes.Length / 1024,5} KB");
}
