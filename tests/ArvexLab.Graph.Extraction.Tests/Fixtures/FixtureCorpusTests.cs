using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace ArvexLab.Graph.Extraction.Tests.Fixtures;

/// <summary>
/// Checks the extraction corpus itself: a scorer is only as good as its expected files, so every
/// expected file must parse, use the issue's vocabulary, point at a PDF that opens, and (for generated
/// fixtures) only claim text that is really printed in its PDF.
/// </summary>
public sealed partial class FixtureCorpusTests
{
    private static readonly string[] Kinds = ["SOC2_TYPE_I", "SOC2_TYPE_II", "SOC3", "BRIDGE_LETTER", "ISO27001_CERTIFICATE", "UNKNOWN"];
    private static readonly string[] Results = ["NO_EXCEPTIONS", "EXCEPTION", "NOT_TESTED"];
    private static readonly string[] Opinions = ["UNMODIFIED", "QUALIFIED", "ADVERSE", "DISCLAIMER"];
    private static readonly string[] Methods = ["CARVE_OUT", "INCLUSIVE"];
    private static readonly string[] Errors = ["NOT_A_PDF", "ENCRYPTED_PDF", "CORRUPT_PDF", "TOO_MANY_PAGES", "TIMEOUT"];
    private static readonly string[] DateFields = ["reportDate", "periodStart", "periodEnd", "asOfDate", "soaDate", "originalCertificationDate", "issueDate", "expiryDate", "bridgeThroughDate"];
    private static readonly string[] VerbatimFields = ["serviceOrganization", "systemName", "auditor", "organization", "certificateNumber", "scope", "certificationBody", "signer"];

    public static string FixturesDirectory([CallerFilePath] string source = "") => Path.GetDirectoryName(source)!;

    public static TheoryData<string> ExpectedFiles() => new(ExpectedNames());

    private static IEnumerable<string> ExpectedNames() =>
        Directory.EnumerateFiles(FixturesDirectory(), "*.expected.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(FixturesDirectory(), f)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Expected_file_uses_the_output_vocabulary(string name)
    {
        using var json = Load(name);
        var root = json.RootElement;
        Assert.Contains(root.GetProperty("kind").GetString(), Kinds);
        if (root.TryGetProperty("error", out var error))
        {
            Assert.Contains(error.GetString(), Errors);
            return;
        }
        Assert.True(root.GetProperty("pageCount").GetInt32() > 0);
        foreach (var field in root.GetProperty("fields").EnumerateObject())
        {
            var value = field.Value.GetProperty("value");
            if (DateFields.Contains(field.Name))
                Assert.True(DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"{field.Name} is not yyyy-MM-dd");
            if (field.Name == "opinion")
                Assert.Contains(value.GetString(), Opinions);
        }
        foreach (var control in root.GetProperty("controls").EnumerateArray())
        {
            var result = control.GetProperty("result");
            if (root.GetProperty("kind").GetString() == "SOC2_TYPE_II")
                Assert.Contains(result.GetString(), Results);
            else
                Assert.Equal(JsonValueKind.Null, result.ValueKind);
            Assert.All(control.GetProperty("criteria").EnumerateArray(), c => Assert.Matches(CriterionId(), c.GetString()!));
        }
        foreach (var subservice in root.GetProperty("subserviceOrganizations").EnumerateArray())
            Assert.Contains(subservice.GetProperty("method").GetString(), Methods);
        var exceptionControls = root.GetProperty("controls").EnumerateArray().Count(c => c.GetProperty("result").GetString() == "EXCEPTION");
        Assert.Equal(exceptionControls, root.GetProperty("exceptions").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Fixture_pdf_exists_and_opens_with_PdfPig_unless_it_declares_an_error(string name)
    {
        using var json = Load(name);
        var root = json.RootElement;
        var pdf = PdfPath(name, root);
        Assert.True(File.Exists(pdf), $"missing {pdf}");
        var bytes = File.ReadAllBytes(pdf);
        if (root.TryGetProperty("error", out var error))
        {
            var isPdf = bytes.AsSpan().StartsWith("%PDF-"u8);
            Assert.Equal(error.GetString() != "NOT_A_PDF", isPdf);
            if (error.GetString() == "CORRUPT_PDF")
            {
                Assert.False(bytes.AsSpan(Math.Max(0, bytes.Length - 1024)).IndexOf("%%EOF"u8) >= 0, "a corrupt fixture should have lost its trailer");
                Assert.ThrowsAny<Exception>(() =>
                {
                    using var broken = PdfDocument.Open(bytes);
                    return broken.GetPages().Sum(p => p.Letters.Count);
                });
            }
            return;
        }
        using var document = PdfDocument.Open(bytes);
        Assert.Equal(root.GetProperty("pageCount").GetInt32(), document.NumberOfPages);
    }

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Fixture_claims_only_text_printed_in_its_pdf(string name)
    {
        using var json = Load(name);
        var root = json.RootElement;
        if (root.TryGetProperty("error", out _) || root.TryGetProperty("requiresOcr", out _))
            return;
        using var document = PdfDocument.Open(PdfPath(name, root));
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)
            .SelectMany(w => new[] { w, PossessiveOrMark().Replace(w, "") }).ToHashSet(StringComparer.Ordinal);
        var imageOnly = root.TryGetProperty("imageOnlyFields", out var io) ? io.EnumerateArray().Select(e => e.GetString()).ToHashSet() : [];
        var claims = new List<string>();
        foreach (var field in root.GetProperty("fields").EnumerateObject().Where(f => VerbatimFields.Contains(f.Name) && !imageOnly.Contains(f.Name)))
            claims.Add(field.Value.GetProperty("value").GetString()!);
        foreach (var (list, props) in new[]
        {
            ("controls", new[] { "ref", "description", "testsPerformed", "resultText" }),
            ("exceptions", ["controlRef", "description", "managementResponse"]),
            ("cuecs", ["description"]),
            ("subserviceOrganizations", ["name", "services"]),
        })
        {
            foreach (var item in root.GetProperty(list).EnumerateArray())
                claims.AddRange(props.Select(p => item.GetProperty(p)).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
        }
        // Chromium may break a line after a hyphen, printing "semi-annual" as "semi-" and "annual".
        bool Printed(string w) => words.Contains(w) || (w.Contains('-') && HyphenParts(w).All(words.Contains));
        var missing = claims.SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => !Printed(w)).Distinct().ToList();
        Assert.True(missing.Count == 0, $"words claimed but not printed: {string.Join(", ", missing.Take(20))}");
    }

    [Fact]
    public void Corpus_covers_every_document_kind_and_both_error_codes()
    {
        var roots = ExpectedNames().Select(Load).ToList();
        var kinds = roots.Select(r => r.RootElement.GetProperty("kind").GetString()!).ToHashSet();
        var errors = roots.Where(r => r.RootElement.TryGetProperty("error", out _)).Select(r => r.RootElement.GetProperty("error").GetString()!).ToHashSet();
        roots.ForEach(r => r.Dispose());
        Assert.Superset(Kinds.ToHashSet(), kinds);
        Assert.Superset(new HashSet<string> { "CORRUPT_PDF", "NOT_A_PDF" }, errors);
        Assert.True(roots.Count >= 30, $"only {roots.Count} fixtures");
    }

    [Fact]
    public void Committed_corpus_stays_small()
    {
        var bytes = Directory.EnumerateFiles(FixturesDirectory(), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.True(bytes < 5 * 1024 * 1024, $"corpus is {bytes / 1024} KB");
    }

    private static IEnumerable<string> HyphenParts(string word)
    {
        var parts = word.Split('-');
        return parts.Select((p, i) => i < parts.Length - 1 ? p + "-" : p);
    }

    private static JsonDocument Load(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(FixturesDirectory(), name), Encoding.UTF8));

    private static string PdfPath(string name, JsonElement root)
    {
        var expected = Path.Combine(FixturesDirectory(), name);
        return root.TryGetProperty("pdf", out var pdf)
            ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(expected)!, pdf.GetString()!))
            : expected[..^".expected.json".Length] + ".pdf";
    }

    [GeneratedRegex("(['\u2019]s|\u00ae)$")]
    private static partial Regex PossessiveOrMark();

    [GeneratedRegex(@"^(CC|A|C|PI|P)\d+\.\d+$")]
    private static partial Regex CriterionId();
}
