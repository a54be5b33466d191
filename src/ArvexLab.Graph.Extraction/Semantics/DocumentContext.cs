using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>Everything the semantic parsers read: the laid-out document, its lines in order, sections.</summary>
public sealed class DocumentContext
{
    public DocumentContext(LaidOutDocument document)
    {
        Document = document;
        Lines = document.Lines.ToList();
        Sections = Semantics.Sections.Find(Lines);
        Flow = new TextFlow(Lines);
    }

    public LaidOutDocument Document { get; }

    public IReadOnlyList<TextLine> Lines { get; }

    public IReadOnlyList<Section> Sections { get; }

    public TextFlow Flow { get; }

    public int PageCount => Document.Pages.Count;

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
