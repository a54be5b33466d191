using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Complementary user entity controls from their section, found by heading and ended at the next
/// heading (<see cref="SectionSpan"/>), so the complementary subservice organization controls and
/// the control matrix that follow are never read as CUECs. Items are read by <see cref="CuecItems"/>.
/// </summary>
public static class CuecParser
{
    public static List<ExtractedCuec> Parse(DocumentContext context)
    {
        var best = new List<CuecItem>();
        var sections = context.All(SectionKind.UserEntityControls).Where(s => !SectionSpan.IsContentsEntry(context, s))
            .Select(s => (Section: s, End: SectionSpan.End(context, s)))
            .ToList();
        foreach (var (section, end) in sections)
        {
            // A table header that repeats the heading's words continues the section it sits in.
            if (sections.Any(s => s.Section.Start < section.Start && section.Start < s.End))
            {
                continue;
            }

            var items = CuecItems.Read(context, section.Start + 1, end, section.Heading);
            if (items.Count > best.Count)
            {
                best = items;
            }
        }

        return best
            .GroupBy(c => TextNormal.Key(c.Text))
            .Select(g => g.First())
            .Select(i => new ExtractedCuec(i.Text, i.Criteria, CuecConfidence.Of(i, best), Cite(i)))
            .ToList();
    }

    private static Citation Cite(CuecItem item) =>
        new(item.Lines[0].Page, BoundingBox.UnionAll(item.Lines.Where(l => l.Page == item.Lines[0].Page).Select(l => l.Box))!.Value);
}
