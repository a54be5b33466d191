using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Exceptions are the controls whose result reports a deviation. The management response is
/// taken from the same cell ("Management's response: …") or from a later responses table,
/// matched by criteria and by the words of the exception.
/// </summary>
public static class ExceptionParser
{
    public static List<ExtractedException> Parse(DocumentContext context, IReadOnlyList<ExtractedControl> controls)
    {
        var responses = ResponseRows(context);
        var exceptions = new List<ExtractedException>();
        foreach (var control in controls.Where(c => c.Result == ControlResult.Exception && c.ResultText is not null))
        {
            var (text, inline) = ResultClassifier.SplitResponse(control.ResultText!);
            var response = inline;
            var confidence = control.Confidence;
            if (response is null && Best(responses, control, text) is { } match)
            {
                response = match.Response;
            }

            exceptions.Add(new ExtractedException(control.Ref, control.Criteria, text, response, Math.Round(Math.Min(0.97, confidence), 2), control.Citation));
        }

        return exceptions;
    }

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
            var response = IndexOf(roles, ColumnRole.Response);
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

    private static int IndexOf(IReadOnlyList<ColumnRole> roles, ColumnRole role)
    {
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] == role)
            {
                return i;
            }
        }

        return -1;
    }
}
