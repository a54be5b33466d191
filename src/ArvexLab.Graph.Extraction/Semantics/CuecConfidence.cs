namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// How sure a CUEC is: an item that reads like a responsibility (a full sentence of reasonable
/// length, shaped like its siblings) under a clear list structure is trusted; a fragment, a
/// heading-like line or an item unlike the rest of its list is not.
/// </summary>
public static class CuecConfidence
{
    public static double Of(CuecItem item, IReadOnlyList<CuecItem> list)
    {
        var words = item.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var confidence = item.Start switch
        {
            CuecItemStart.Bullet => 0.93,
            CuecItemStart.Responsible => 0.95,
            _ => item.FromTable ? 0.92 : 0.85,
        };

        if (!item.Text.TrimEnd().EndsWith('.') && !item.Text.TrimEnd().EndsWith(';'))
        {
            confidence -= 0.3;
        }

        if (words < 5 || words > 80)
        {
            confidence -= 0.3;
        }

        if (char.IsLower(item.Text[0]))
        {
            confidence -= 0.3;
        }

        // One item out of step with a list whose other items all use the prefix.
        var prefixed = list.Count(i => CuecItems.Responsible().IsMatch(i.Text));
        if (prefixed >= 2 && prefixed == list.Count - 1 && !CuecItems.Responsible().IsMatch(item.Text))
        {
            confidence -= 0.3;
        }

        return Math.Round(Math.Clamp(confidence, 0.05, 0.97), 2);
    }
}
