using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Everything the semantic parsers read: the laid-out document, its lines in order, sections, and what each line
/// is read as (a section heading, the start of a table header) — worked out once, as several parsers ask of the
/// same lines.
/// </summary>
public sealed class DocumentContext
{
    private readonly SectionKind?[] headingKinds;
    private readonly TableHeader?[] tableHeaders;
    private readonly bool[] tableHeaderRead;
    private readonly Dictionary<TextLine, int> indexOf;

    public DocumentContext(LaidOutDocument document)
    {
        Document = document;
        Lines = document.Lines.ToList();
        indexOf = new Dictionary<TextLine, int>(Lines.Count);
        headingKinds = new SectionKind?[Lines.Count];
        for (var i = 0; i < Lines.Count; i++)
        {
            indexOf[Lines[i]] = i;
            headingKinds[i] = Semantics.Sections.HeadingKind(Lines[i]);
        }

        tableHeaders = new TableHeader?[Lines.Count];
        tableHeaderRead = new bool[Lines.Count];
        Sections = Semantics.Sections.Find(Lines, headingKinds);
        Flow = new TextFlow(Lines);
    }

    public LaidOutDocument Document { get; }

    public IReadOnlyList<TextLine> Lines { get; }

    public IReadOnlyList<Section> Sections { get; }

    public TextFlow Flow { get; }

    public int PageCount => Document.Pages.Count;

    /// <summary>The section the line at <paramref name="index"/> heads, if it is a heading.</summary>
    public SectionKind? HeadingKind(int index) => headingKinds[index];

    /// <summary>The section a line heads; a line from outside this document is read afresh.</summary>
    public SectionKind? HeadingKind(TextLine line) => indexOf.TryGetValue(line, out var i) ? headingKinds[i] : Semantics.Sections.HeadingKind(line);

    /// <summary>The table header that starts at the line at <paramref name="index"/>, if any.</summary>
    public TableHeader? TableHeaderAt(int index)
    {
        if (!tableHeaderRead[index])
        {
            tableHeaders[index] = TableHeaders.At(Lines, index);
            tableHeaderRead[index] = true;
        }

        return tableHeaders[index];
    }

    public IEnumerable<Section> All(SectionKind kind) => Sections.Where(s => s.Kind == kind);

    public TextFlow FlowOf(Section section) => new(Lines.Skip(section.Start).Take(section.End - section.Start).ToList());

    /// <summary>A major section with its sub-headings (Opinion, Basis for …) up to the next major heading.</summary>
    public TextFlow MajorFlowOf(Section section)
    {
        var next = Sections.FirstOrDefault(s => s.Start > section.Start && IsMajor(s.Kind) && s.Kind != section.Kind);
        var end = next?.Start ?? Lines.Count;
        return new(Lines.Skip(section.Start).Take(end - section.Start).ToList());
    }

    private static bool IsMajor(SectionKind kind) => kind is SectionKind.AuditorReport or SectionKind.Assertion
        or SectionKind.SystemDescription or SectionKind.ControlTests or SectionKind.OtherInformation;

    /// <summary>Lines of the first pages, where cover, opinion and scope usually sit.</summary>
    public TextFlow Front(int pages) => new(Lines.Where(l => l.Page <= pages).ToList());
}
