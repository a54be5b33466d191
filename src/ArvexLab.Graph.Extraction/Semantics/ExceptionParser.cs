using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Exceptions are the controls whose result reports a deviation, plus any exception a later
/// management responses section restates that the control table did not yield. The management
/// response is taken from the same cell, from the restated entry (by ref, or by criteria and
/// words) or from a later responses table, matched by criteria and by the words of the exception.
/// </summary>
public static class ExceptionParser
{
    public static List<ExtractedException> Parse(DocumentContext context, IReadOnlyList<ExtractedControl> controls)
    {
        var responses = ResponseRows(context);
        var restated = ResponseSection.Read(context).Concat(ResponseTable.Read(context)).ToList();
        var used = new HashSet<RestatedException>();
        var exceptions = new List<ExtractedException>();
        foreach (var control in controls.Where(c => c.Result == ControlResult.Exception && c.ResultText is not null))
        {
            var (text, response) = ExceptionText.Split(control.ResultText!);
            if (Restated(restated, control.Ref, control.Criteria, text) is { } entry)
            {
                used.Add(entry);
                response ??= entry.Response;
            }

            if (response is null && Best(responses, control, text) is { } match)
            {
                response = match.Response;
            }

            exceptions.Add(new ExtractedException(control.Ref, control.Criteria, text, response, ExceptionConfidence.FromControl(control, text), control.Citation));
        }

        // A responses section restates every exception: those the control table did not yield
        // (a matrix the table reader could not follow) are taken from it.
        foreach (var entry in restated.Where(e => !used.Contains(e) && e.Description is not null))
        {
            if (exceptions.Any(e => SameException(e, entry)))
            {
                continue;
            }

            var criteria = entry.Criteria.Count > 0 ? entry.Criteria : controls.FirstOrDefault(c => c.Ref is not null && Key(c.Ref) == Key(entry.Ref))?.Criteria ?? [];
            exceptions.Add(new ExtractedException(entry.Ref, criteria, entry.Description!, entry.Response, ExceptionConfidence.FromSection(entry), context.Lines[entry.LineIndex].Citation));
        }

        return exceptions;
    }

    private static RestatedException? Restated(List<RestatedException> entries, string? reference, IReadOnlyList<string> criteria, string text) =>
        entries
            .Where(e => reference is not null && e.Ref is not null ? Key(e.Ref) == Key(reference) : e.Criteria.Intersect(criteria).Any() || e.Ref is null && criteria.Count == 0)
            .Where(e => e.Description is null || TextNormal.Jaccard(e.Description, text) >= 0.4 || reference is not null && e.Ref is not null)
            .OrderByDescending(e => e.Description is null ? 0 : TextNormal.Jaccard(e.Description, text))
            .FirstOrDefault();

    private static bool SameException(ExtractedException e, RestatedException entry) =>
        (e.ControlRef is not null && entry.Ref is not null ? Key(e.ControlRef) == Key(entry.Ref) : true)
        && TextNormal.Jaccard(e.Description, entry.Description ?? string.Empty) >= 0.5;

    private static string Key(string? reference) => TextNormal.Key(reference ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static (string Response, double Score)? Best(List<(IReadOnlyList<string> Criteria, string Text, string Response)> rows, ExtractedControl control, string text)
    {
        (string Response, double Score)? best = null;
        foreach (var row in rows)
        {
            var score = Math.Max(TextNormal.Jaccard(row.Text, text + " " + control.Description), TextNormal.Jaccard(row.Text, text));
            if (row.Criteria.Intersect(control.Criteria).Any())
            {
                score += 0.3;
            }

            if (score > 0.35 && (best is null || score > best.Value.Score))
            {
                best = (row.Response, score);
            }
        }

        return best;
    }

    private static List<(IReadOnlyList<string> Criteria, string Text, string Response)> ResponseRows(DocumentContext context)
    {
        var regions = TableRegions.Find(context, 0, context.Lines.Count, h => h.Has(ColumnRole.Response), continueAcrossPages: true);
        var rows = new List<(IReadOnlyList<string>, string, string)>();
        foreach (var region in regions)
        {
            var roles = region.Roles;
            var response = roles.ColumnOf(ColumnRole.Response);
            foreach (var row in TableRows.Group([region]))
            {
                var criteria = ReferencePatterns.Criteria(string.Join(' ', Enumerable.Range(0, roles.Count).Where(i => roles[i] is ColumnRole.Criteria or ColumnRole.Ref).Select(row.Text)));
                var text = string.Join(' ', Enumerable.Range(0, roles.Count).Where(i => i != response).Select(row.Text));
                var answer = row.Text(response);
                if (answer.Length > 0)
                {
                    rows.Add((criteria.Count > 0 ? criteria : row.GroupCriteria, text, answer));
                }
            }
        }

        return rows;
    }
}
