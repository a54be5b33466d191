using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Tables read under a one-line header on its own page whose rows are set apart by extra space rather than by
/// a cell that opens them (management response tables, subservice organization tables): where such a table
/// ends and where a row begins. Control tables, whose rows open by their cells, are read by <see cref="TableRows"/>.
/// </summary>
public static class GapRows
{
    /// <summary>The table ends at the end of the header's page, a bold line, a line left of the header, or a gap of three lines.</summary>
    public static bool Ends(TextLine header, TextLine? previous, TextLine line) =>
        line.Page != header.Page || line.Bold || line.Box.X0 < header.Box.X0 - 3
        || previous is not null && line.Box.Y0 - previous.Box.Y1 > previous.Box.Height * 3;

    /// <summary>A row begins after more space than the lines of one cell keep between them.</summary>
    public static bool Opens(TextLine? previous, TextLine line) =>
        previous is not null && line.Box.Y0 - previous.Box.Y1 > line.Box.Height * 1.2;
}
