using System.Globalization;
using System.Text;
using System.Text.Json;
using ArvexLab.Graph.Extraction.Accuracy;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extract;

/// <summary>--accuracy: per-document and total tables, the calibration table, threshold checks.</summary>
internal static class AccuracyCommand
{
    public static int Run(string folder, ExtractionOptions options, string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine($"folder not found: {folder}");
            return 1;
        }

        var report = AccuracyScorer.ScoreFolder(folder, options);
        Print(report, stdout);

        if (args.Contains("--json") && CommandLine.Number(args, "--json") is null)
        {
            var i = Array.IndexOf(args, "--json");
            File.WriteAllText(args[i + 1], ToJson(report));
        }

        var failures = Thresholds(report, args).ToList();
        foreach (var f in failures)
        {
            stdout.WriteLine("FAIL " + f);
        }

        return failures.Count == 0 ? 0 : 3;
    }

    private static IEnumerable<string> Thresholds(AccuracyReport report, string[] args)
    {
        var checks = new (string Option, string Name, double Value)[]
        {
            ("--min-kind", "kind accuracy", report.KindAccuracy),
            ("--min-fields", "field accuracy", report.FieldAccuracy),
            ("--min-f1", "controls F1", report.Total("controls").F1),
            ("--min-exceptions-f1", "exceptions F1", report.Total("exceptions").F1),
            ("--min-cuecs-f1", "CUECs F1", report.Total("cuecs").F1),
            ("--min-high-confidence", "accuracy at confidence >= 0.9", report.Calibration()[^1].Accuracy),
        };
        foreach (var (option, name, value) in checks)
        {
            if (CommandLine.Number(args, option) is { } min && value < min)
            {
                yield return $"{name} {value:0.000} < {min:0.000}";
            }
        }
    }

    private static void Print(AccuracyReport report, TextWriter o)
    {
        o.WriteLine($"{"document",-48} {"kind",-5} {"fields",-8} {"controls F1",-12} {"exc F1",-7} {"cuec F1",-8} {"sub F1",-7}");
        foreach (var d in report.Documents)
        {
            string F1(string list) => d.Lists.TryGetValue(list, out var s) ? s.F1.ToString("0.00", CultureInfo.InvariantCulture) : "-";
            var kind = d.KindCorrect switch { true => "ok", false => "WRONG", null => "-" };
            o.WriteLine($"{Trim(d.Name, 48),-48} {kind,-5} {d.FieldsCorrect + "/" + d.FieldsChecked,-8} {F1("controls"),-12} {F1("exceptions"),-7} {F1("cuecs"),-8} {F1("subserviceOrganizations"),-7}{(d.Error is null ? string.Empty : "  error: " + d.Error)}");
            foreach (var miss in d.FieldMisses)
            {
                o.WriteLine("    miss " + miss);
            }
        }

        o.WriteLine();
        o.WriteLine($"kind accuracy    {report.KindAccuracy:0.000}");
        o.WriteLine($"field accuracy   {report.FieldAccuracy:0.000}");
        o.WriteLine($"{"list",-24} {"expected",8} {"actual",8} {"matched",8} {"precision",10} {"recall",8} {"F1",6}");
        foreach (var name in AccuracyReport.ListNames)
        {
            var t = report.Total(name);
            o.WriteLine($"{name,-24} {t.Expected,8} {t.Actual,8} {t.Matched,8} {t.Precision,10:0.000} {t.Recall,8:0.000} {t.F1,6:0.000}");
        }

        o.WriteLine();
        o.WriteLine("calibration (confidence bucket → items, share correct)");
        foreach (var (bucket, count, accuracy) in report.Calibration())
        {
            o.WriteLine($"  {bucket,-10} {count,6} {accuracy,8:0.000}");
        }

        o.WriteLine($"  wrong items below 0.60: {report.WrongBelowSixty():0.000}");
    }

    // Written by hand (like the extraction result) so the tool stays trimmable and Native-AOT clean.
    private static string ToJson(AccuracyReport report)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("kindAccuracy", report.KindAccuracy);
            w.WriteNumber("fieldAccuracy", report.FieldAccuracy);
            w.WriteStartObject("lists");
            foreach (var name in AccuracyReport.ListNames)
            {
                var total = report.Total(name);
                w.WriteStartObject(name);
                w.WriteNumber("precision", total.Precision);
                w.WriteNumber("recall", total.Recall);
                w.WriteNumber("f1", total.F1);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteStartArray("calibration");
            foreach (var (bucket, count, accuracy) in report.Calibration())
            {
                w.WriteStartObject();
                w.WriteString("bucket", bucket);
                w.WriteNumber("count", count);
                w.WriteNumber("accuracy", accuracy);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("documents");
            foreach (var d in report.Documents)
            {
                w.WriteStartObject();
                w.WriteString("name", d.Name);
                if (d.KindCorrect is { } kindCorrect)
                {
                    w.WriteBoolean("kindCorrect", kindCorrect);
                }

                w.WriteNumber("fieldsChecked", d.FieldsChecked);
                w.WriteNumber("fieldsCorrect", d.FieldsCorrect);
                if (d.Error is { } error)
                {
                    w.WriteString("error", error);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Trim(string s, int n) => s.Length <= n ? s : "…" + s[^(n - 1)..];
}
