using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Bridge (gap) letters: the covered report and its period, the bridge-through date, the auditor
/// who issued the report, the service organisation, signer, changes. A letter names up to three
/// periods (the report's, the bridge period, the next examination's); each date range is told
/// apart by the words of its own sentence, never by its position.
/// </summary>
public static partial class BridgeLetterParser
{
    public static void Parse(DocumentContext context, FieldSink sink)
    {
        var flow = context.Flow;
        var text = flow.Text;

        Periods(flow, sink);
        BridgeLetterParties.Parse(context, sink);

        if (Report().Match(text) is { Success: true } r)
        {
            sink.Offer("coveredReport", TextNormal.Clean(r.Value), 0.8, flow.Cite(r.Index, r.Length));
        }

        if (context.Lines.Count > 0 && DateParser.FindFirst(context.Lines[0].Text) is { } letterDate && context.Lines[0].Text.Length < 30)
        {
            sink.Offer("reportDate", letterDate.Date, 0.8, context.Lines[0].Citation);
        }

        if (NoChanges().Match(text) is { Success: true } none)
        {
            sink.Offer("materialChanges", "NONE", 0.85, flow.Cite(none.Index, none.Length));
        }
    }

    private static void Periods(TextFlow flow, FieldSink sink)
    {
        var text = flow.Text;
        var dates = DateParser.FindAll(text);
        var coveredFound = false;
        for (var i = 0; i + 1 < dates.Count; i++)
        {
            var (from, to) = (dates[i], dates[i + 1]);
            var between = text[(from.Index + from.Length)..to.Index];
            if (!RangeJoiner().IsMatch(between))
            {
                continue;
            }

            var sentence = SentenceBefore(text, from.Index);
            var after = text[(to.Index + to.Length)..Math.Min(text.Length, to.Index + to.Length + 40)];
            var citation = flow.Cite(from.Index, to.Index + to.Length - from.Index);
            var (start, startAmbiguous) = NumericDateOrder.Resolve(from, text, text);
            var (end, endAmbiguous) = NumericDateOrder.Resolve(to, text, text);
            var penalty = startAmbiguous || endAmbiguous ? 0.3 : 0;
            if (BridgeWords().IsMatch(sentence) || BridgeWords().IsMatch(after))
            {
                sink.Offer("bridgeThroughDate", end, 0.92 - penalty, citation);
            }
            else if (!NextExamination().IsMatch(sentence) && !coveredFound && ReportWords().IsMatch(sentence + " " + after))
            {
                coveredFound = true;
                sink.Offer("periodStart", start, 0.9 - penalty, citation);
                sink.Offer("periodEnd", end, 0.9 - penalty, citation);
            }

            i++;
        }

        // "As of <date>, we are not aware of any material changes …": a single bridge-through date.
        foreach (Match m in AsOf().Matches(text))
        {
            if (DateParser.FindFirst(m.Groups["d"].Value) is { } d && !NextExamination().IsMatch(SentenceBefore(text, m.Index)))
            {
                var (value, ambiguous) = NumericDateOrder.Resolve(d, m.Groups["d"].Value, text);
                sink.Offer("bridgeThroughDate", value, 0.88 - (ambiguous ? 0.3 : 0), flow.Cite(m.Index, m.Length));
            }
        }
    }

    // From the end of the previous sentence; a period inside a name ("Inc. issued") is followed by lowercase.
    private static string SentenceBefore(string text, int index)
    {
        var start = index;
        while (start > 0 && index - start < 400 && !(text[start - 1] == ' ' && start >= 2 && text[start - 2] is '.' or ':' or ';' && start < text.Length && char.IsUpper(text[start])))
        {
            start--;
        }

        return text[start..index];
    }

    [GeneratedRegex(@"^\s*,?\s*(?:to|through|thru|until|and|-|–|—)\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex RangeJoiner();

    [GeneratedRegex(@"this letter|bridge period|gap period|bridge letter covers|since the end of|subsequent to|following the (end|close) of the (report|review|examination) period", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex BridgeWords();

    [GeneratedRegex(@"\bnext\b|upcoming|subsequent (examination|audit|report)|will cover|(is|are) (under way|underway|in progress|scheduled)|estimated", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex NextExamination();

    [GeneratedRegex(@"\bSOC\b|\breport\b|examination|\baudit", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ReportWords();

    [GeneratedRegex(@"\b(?:as of|through|until|up to and including)\s+(?<d>" + DateParser.Shape + @"),?(?=[^.]{0,200}?(?:material change|not aware|no changes))", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex AsOf();

    [GeneratedRegex(@"SOC\s?[123]®?\s*(?:Type\s?(?:II|I|1|2))?(?:\s+report)?", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Report();

    [GeneratedRegex(@"(not aware of any|no) material changes", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex NoChanges();
}
