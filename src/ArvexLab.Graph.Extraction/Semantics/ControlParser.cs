using ArvexLab.Graph.Extraction.Layout;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>Controls, their tests and results, from the report's testing tables.</summary>
public static class ControlParser
{
    public static List<ExtractedControl> Parse(DocumentContext context, DocumentKind kind)
    {
        var regions = TableRegions.Find(context, 0, context.Lines.Count, IsControlHeader);
        var rows = TableRows.Group(regions);
        var rolesByLine = RolesByLine(regions);
        var controls = new List<ExtractedControl>();
        var keys = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            var control = ToControl(row, rolesByLine[row.Lines[0]], kind);
            if (control is null)
            {
                continue;
            }

            // One control printed under several criteria repeats its ref and its text; a ref printed
            // again with a different text is a different control (reports do reuse refs by mistake).
            var key = control.Ref is { } r ? "ref:" + r.ToUpperInvariant() : "d:" + TextNormal.Key(control.Description);
            if (keys.TryGetValue(key, out var index) && control.Ref is not null && TextNormal.Jaccard(controls[index].Description, control.Description) < 0.5)
            {
                key += "|" + TextNormal.Key(control.Description);
            }

            if (keys.TryGetValue(key, out index))
            {
                var existing = controls[index];
                var result = existing.Result == ControlResult.Exception || control.Result != ControlResult.Exception ? existing.Result : control.Result;
                controls[index] = existing with
                {
                    Criteria = existing.Criteria.Concat(control.Criteria).Distinct().ToList(),
                    Result = result,
                    ResultText = result == existing.Result ? existing.ResultText : control.ResultText,
                    Confidence = Math.Max(existing.Confidence, control.Confidence),
                };
            }
            else
            {
                keys[key] = controls.Count;
                controls.Add(control);
            }
        }

        return controls;
    }

    private static bool IsControlHeader(TableHeader header) =>
        header.Has(ColumnRole.Description) && !header.Has(ColumnRole.Response)
        && (header.Has(ColumnRole.Tests) || header.Has(ColumnRole.Result) || header.Has(ColumnRole.Ref) || header.Has(ColumnRole.Criteria))
        && !header.Columns.Any(c => c.Text.Contains("complementary", StringComparison.OrdinalIgnoreCase) || c.Text.Contains("user entit", StringComparison.OrdinalIgnoreCase));

    // Rows keep their cells in their region's column order; find the region by identity of lines.
    // The first region a line belongs to decides the columns of a row that starts on it.
    private static Dictionary<TextLine, IReadOnlyList<ColumnRole>> RolesByLine(List<TableRegion> regions)
    {
        var roles = new Dictionary<TextLine, IReadOnlyList<ColumnRole>>();
        foreach (var region in regions)
        {
            foreach (var line in region.Lines)
            {
                roles.TryAdd(line.Line, region.Roles);
            }
        }

        return roles;
    }

    private static ExtractedControl? ToControl(TableRow row, IReadOnlyList<ColumnRole> roles, DocumentKind kind)
    {
        string Cell(ColumnRole role)
        {
            var i = roles.ColumnOf(role);
            return i < 0 ? string.Empty : row.Text(i);
        }

        var description = Cell(ColumnRole.Description);
        var reference = Cell(ColumnRole.Ref);
        var tests = Cell(ColumnRole.Tests);
        var resultText = Cell(ColumnRole.Result);
        var criteria = ReferencePatterns.Criteria(Cell(ColumnRole.Criteria));
        if (criteria.Count == 0)
        {
            criteria = row.GroupCriteria;
        }

        string? controlRef = null;
        if (reference.Length > 0 && ReferencePatterns.IsControlRef(reference.Split(' ')[0]))
        {
            controlRef = reference.Split(' ')[0];
        }
        else if (ReferencePatterns.SplitLeadingRef(description) is { } split && !ReferencePatterns.StartsWithCriterion(description))
        {
            (controlRef, description) = split;
        }

        if (description.Length < 12 || description.Split(' ').Length < 3)
        {
            return null;
        }

        var resultPart = ExceptionText.BeforeResponse(resultText);
        var (result, recognised) = ResultClassifier.Classify(resultPart);
        var hasResultColumn = roles.ColumnOf(ColumnRole.Result) >= 0;

        // Evidence strength: a header named the columns, the ref has a known shape, the result
        // matched a stock phrase, and the row has every cell its table promises.
        var confidence = 0.5;
        confidence += row.FromHeaderedPage ? 0.15 : 0.08;
        confidence += controlRef is not null || roles.ColumnOf(ColumnRole.Ref) < 0 ? 0.1 : -0.1;
        confidence += hasResultColumn ? (recognised ? 0.17 : result is null ? -0.15 : 0.02) : (kind == DocumentKind.Soc2TypeI ? 0.15 : 0.05);
        confidence += criteria.Count > 0 ? 0.05 : 0;
        if (roles.ColumnOf(ColumnRole.Tests) >= 0 && tests.Length == 0)
        {
            confidence -= 0.15;
        }

        // A description that starts mid-sentence was cut from its row: the row split is doubtful.
        if (char.IsLower(description[0]))
        {
            confidence -= 0.3;
        }

        // Two verdicts in one result cell, or a second ref inside the text: two rows ran together.
        if (ResultClassifier.CleanVerdicts(resultPart) > 1 || controlRef is not null && description.Split(' ').Any(w => Shape(w.Trim(',', ';', '.', '(', ')')) == Shape(controlRef)))
        {
            confidence -= 0.3;
        }

        if (description.Length > 1500)
        {
            confidence -= 0.2;
        }

        var citation = new Citation(row.Lines[0].Page, BoundingBox.UnionAll(row.Lines.Where(l => l.Page == row.Lines[0].Page).Select(l => l.Box))!.Value);
        return new ExtractedControl(
            controlRef,
            description,
            criteria.ToList(),
            tests.Length > 0 ? tests : null,
            hasResultColumn ? result : null,
            resultText.Length > 0 ? resultText : null,
            Math.Round(Math.Clamp(confidence, 0.05, 0.97), 2),
            citation);
    }

    // "AC-03" → "AA-99": refs of one report share a shape.
    private static string Shape(string text) => new(text.Select(c => char.IsDigit(c) ? '9' : char.IsLetter(c) ? 'A' : c).ToArray());
}
