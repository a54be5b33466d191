using ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;
using ArvexLab.Graph.Extraction.FixtureGenerator.Layout;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Catalog;

public enum Producer { PdfPig, Chromium }

/// <summary>One generated fixture: a file name, the producer that typesets it, and its content.</summary>
public sealed record Fixture(string Name, Producer Producer, Func<(Doc Doc, ExpectedDocument Expected)> Build);
