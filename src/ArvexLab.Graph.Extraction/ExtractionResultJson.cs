using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction;

/// <summary>
/// Writes the tool's JSON contract by hand (no reflection: quick start-up, stable field order):
/// camelCase names, SCREAMING_CASE enums, ISO-8601 dates, bbox as [x0,y0,x1,y1].
/// </summary>
public static class ExtractionResultJson
{
    public static string Serialize(ExtractionResult result, bool pretty = false) => Write(pretty, w => WriteResult(w, result));

    public static string SerializeError(ExtractionErrorCode code, string message) => Write(false, w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("error");
        w.WriteString("code", ErrorName(code));
        w.WriteString("message", message);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    public static string Screaming(string pascal)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            var boundary = i > 0 && (char.IsUpper(c) && !char.IsUpper(pascal[i - 1]) || char.IsDigit(c) && !char.IsDigit(pascal[i - 1]));
            if (boundary)
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        // Roman type numerals read as words: SOC2_TYPE_II, SOC2_TYPE_I.
        return builder.ToString().Replace("TYPE_I_I", "TYPE_II", StringComparison.Ordinal).Replace("ISO_27001", "ISO27001", StringComparison.Ordinal);
    }

    public static string ErrorName(ExtractionErrorCode code) => code switch
    {
        ExtractionErrorCode.NotAPdf => "NOT_A_PDF",
        ExtractionErrorCode.EncryptedPdf => "ENCRYPTED_PDF",
        ExtractionErrorCode.CorruptPdf => "CORRUPT_PDF",
        ExtractionErrorCode.TooManyPages => "TOO_MANY_PAGES",
        ExtractionErrorCode.TooLarge => "TOO_LARGE",
        _ => "TIMEOUT",
    };

    public static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Soc2TypeI => "SOC2_TYPE_I",
        DocumentKind.Soc2TypeII => "SOC2_TYPE_II",
        DocumentKind.Soc3 => "SOC3",
        DocumentKind.BridgeLetter => "BRIDGE_LETTER",
        DocumentKind.Iso27001Certificate => "ISO27001_CERTIFICATE",
        _ => "UNKNOWN",
    };

    private static string Write(bool pretty, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = pretty, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteResult(Utf8JsonWriter w, ExtractionResult r)
    {
        w.WriteStartObject();
        w.WriteString("kind", KindName(r.Kind));
        w.WriteNumber("pageCount", r.PageCount);
        w.WriteStartArray("warnings");
        r.Warnings.ForEach(w.WriteStringValue);
        w.WriteEndArray();

        w.WriteStartObject("fields");
        foreach (var (name, field) in r.Fields)
        {
            w.WriteStartObject(name);
            w.WritePropertyName("value");
            WriteValue(w, field.Value);
            w.WriteNumber("confidence", field.Confidence);
            WriteCitation(w, field.Citation);
            w.WriteEndObject();
        }

        w.WriteEndObject();

        WriteList(w, "controls", r.Controls, (c) =>
        {
            w.WriteString("ref", c.Ref);
            w.WriteString("description", c.Description);
            WriteStrings(w, "criteria", c.Criteria);
            w.WriteString("testsPerformed", c.TestsPerformed);
            w.WriteString("result", c.Result is { } res ? Screaming(res.ToString()) : null);
            w.WriteString("resultText", c.ResultText);
            w.WriteNumber("confidence", c.Confidence);
            WriteCitation(w, c.Citation);
        });
        WriteList(w, "exceptions", r.Exceptions, (e) =>
        {
            w.WriteString("controlRef", e.ControlRef);
            WriteStrings(w, "criteria", e.Criteria);
            w.WriteString("description", e.Description);
            w.WriteString("managementResponse", e.ManagementResponse);
            w.WriteNumber("confidence", e.Confidence);
            WriteCitation(w, e.Citation);
        });
        WriteList(w, "cuecs", r.Cuecs, (c) =>
        {
            w.WriteString("description", c.Description);
            WriteStrings(w, "criteria", c.Criteria);
            w.WriteNumber("confidence", c.Confidence);
            WriteCitation(w, c.Citation);
        });
        WriteList(w, "subserviceOrganizations", r.SubserviceOrganizations, (s) =>
        {
            w.WriteString("name", s.Name);
            w.WriteString("services", s.Services);
            w.WriteString("method", s.Method is { } m ? Screaming(m.ToString()) : null);
            w.WriteNumber("confidence", s.Confidence);
            w.WriteNumber("page", s.Citation?.Page ?? 0);
        });
        w.WriteEndObject();
    }

    private static void WriteList<T>(Utf8JsonWriter w, string name, List<T> items, Action<T> item)
    {
        w.WriteStartArray(name);
        foreach (var x in items)
        {
            w.WriteStartObject();
            item(x);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter w, object value)
    {
        switch (value)
        {
            case DateOnly d:
                w.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IEnumerable<string> list:
                w.WriteStartArray();
                foreach (var s in list)
                {
                    w.WriteStringValue(s);
                }

                w.WriteEndArray();
                break;
            default:
                w.WriteStringValue(value.ToString());
                break;
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteCitation(Utf8JsonWriter w, Citation? citation)
    {
        if (citation is null)
        {
            w.WriteNull("page");
            w.WriteNull("bbox");
            return;
        }

        w.WriteNumber("page", citation.Page);
        w.WriteStartArray("bbox");
        foreach (var v in new[] { citation.Box.X0, citation.Box.Y0, citation.Box.X1, citation.Box.Y1 })
        {
            w.WriteNumberValue(Math.Round(v, 1));
        }

        w.WriteEndArray();
    }
}
