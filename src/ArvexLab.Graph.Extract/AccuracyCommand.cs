internal static class AccuracyCommand { public static int Run(string folder, ArvexLab.Graph.Extraction.Model.ExtractionOptions o, string[] a, TextWriter s, TextWriter e) => 1; }
