namespace ArvexLab.Graph.Extraction.FixtureGenerator.Layout;

/// <summary>A producer-neutral document: both renderers turn the same blocks into a PDF.</summary>
public sealed record Doc(IReadOnlyList<Block> Blocks, Theme Theme);

public enum PaperSize { Letter, A4 }

public enum Align { Left, Center, Right }

public enum ListStyle { Numbered, Bulleted, Lettered, Dashed }

/// <summary>Fonts, paper and running footer; lets fixtures look like different audit firms.</summary>
public sealed record Theme(PaperSize Paper, bool Serif, string? Footer, double BodySize = 10);

public abstract record Block;

public sealed record Heading(string Text, int Level = 1) : Block;

public sealed record Para(string Text, double? Size = null, bool Bold = false, Align Align = Align.Left, double SpaceBefore = 0) : Block;

public sealed record ListBlock(IReadOnlyList<string> Items, ListStyle Style) : Block;

public sealed record PageBreak(bool Landscape = false) : Block;

public sealed record Spacer(double Height) : Block;

/// <summary>Double frame around each page from here on, as certificates have.</summary>
public sealed record Frame : Block;

/// <summary>A drawn badge standing for an accreditation mark (text inside a box).</summary>
public sealed record Badge(IReadOnlyList<string> Lines) : Block;

public sealed record Row(IReadOnlyList<string> Cells, bool Group = false)
{
    public static Row Of(params string[] cells) => new(cells);

    public static Row GroupRow(string text) => new([text], Group: true);
}

/// <summary>
/// A table. Cells may contain '\n' for forced line breaks; Group rows span all columns.
/// SplitRows lets a tall row break across a page end, as word processors do by default.
/// </summary>
public sealed record Table(
    IReadOnlyList<string>? Header,
    IReadOnlyList<double> Widths,
    IReadOnlyList<Row> Rows,
    bool Ruled = true,
    bool RepeatHeader = true,
    bool Shaded = false,
    double FontSize = 8.5,
    bool SplitRows = true) : Block;
