using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Rendering;

/// <summary>
/// Makes regenerated PDFs byte-identical: PdfPig writes a random file /ID and Chromium stamps the
/// print time. Both are replaced in place by values of the same length, so xref offsets stay valid.
/// </summary>
public static partial class Reproducible
{
    public static byte[] Stabilize(byte[] pdf, string name)
    {
        // Latin-1 maps every byte to one char and back, so binary streams survive the round trip.
        var latin1 = Encoding.Latin1;
        var text = latin1.GetString(pdf);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
        text = FileId().Replace(text, m => $"<{hash[..m.Groups[1].Length]}><{hash[^m.Groups[2].Length..]}>");
        text = PrintDate().Replace(text, m => "(D:20260101000000" + new string('0', m.Groups[1].Length - 14) + m.Groups[2].Value + ")");
        return latin1.GetBytes(text);
    }

    [GeneratedRegex(@"<([0-9A-Fa-f]{16,64})><([0-9A-Fa-f]{16,64})>")]
    private static partial Regex FileId();

    [GeneratedRegex(@"\(D:(\d{14,})([^)]*)\)")]
    private static partial Regex PrintDate();
}
