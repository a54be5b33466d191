using System.Text.RegularExpressions;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>One exception as restated in a later management responses section.</summary>
public sealed record RestatedException(string? Ref, IReadOnlyList<string> Criteria, string? Description, string Response, int LineIndex);

/// <summary>
/// A "Management's responses" section written as paragraphs restates each exception: a line
/// "REF: control text" (the ref a control number, or a criterion when the report prints no refs),
/// then "Exception noted: …", then "Management's response: …". Read entry by entry, so the
/// response and the exception travel together.
/// </summary>
public static partial class ResponseSection
{
    public static List<RestatedException> Read(DocumentContext context)
    {
        var entries = new List<RestatedException>();
        var sections = context.All(SectionKind.ManagementResponses).Concat(context.All(SectionKind.OtherInformation))
            .Where(s => !SectionSpan.IsContentsEntry(context, s));
        foreach (var section in sections)
        {
            var end = Math.Min(context.Lines.Count, section.End + 200);
            string? key = null;
            var exception = new List<string>();
            var response = new List<string>();
            List<string>? into = null;
            var start = -1;
            void Flush()
            {
                if (key is not null && response.Count > 0 && !entries.Any(e => e.LineIndex == start))
                {
                    var criterion = ReferencePatterns.StartsWithCriterion(key) && ReferencePatterns.Criteria(key) is [var only] && TextNormal.Key(only) == TextNormal.Key(key);
                    entries.Add(new RestatedException(criterion ? null : key, criterion ? [ReferencePatterns.Criteria(key)[0]] : [], exception.Count > 0 ? ExceptionText.StripLabel(TextNormal.Clean(string.Join(' ', exception))) : null, TextNormal.Clean(string.Join(' ', response)), start));
                }

                (key, into) = (null, null);
                exception.Clear();
                response.Clear();
            }

            for (var i = section.Start + 1; i < end; i++)
            {
                var line = context.Lines[i];
                var text = line.Text.Trim();
                if (i > section.Start + 1 && context.HeadingKind(i) is { } kind && kind is not (SectionKind.ManagementResponses or SectionKind.OtherInformation))
                {
                    break;
                }

                if (EntryKey().Match(text) is { Success: true } m && line.Segments.Count == 1)
                {
                    Flush();
                    (key, start) = (m.Groups["key"].Value, i);
                    continue;
                }

                if (key is null)
                {
                    continue;
                }

                if (ExceptionText.StartsWithLabel(text))
                {
                    into = exception;
                }
                else if (ExceptionText.IsResponseLabel(text))
                {
                    into = response;
                    text = ExceptionText.StripResponseLabel(text);
                }

                into?.Add(text);
            }

            Flush();
        }

        return entries;
    }

    [GeneratedRegex(@"^(?<key>[A-Z]{1,6}[-.]?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)\s*:\s+\S", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex EntryKey();
}
