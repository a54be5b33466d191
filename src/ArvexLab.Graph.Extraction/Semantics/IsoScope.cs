using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Layout;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>A certificate's scope statement: the text after its label, up to the next labelled item.</summary>
public static partial class IsoScope
{
    public static void Parse(IReadOnlyList<TextLine> lines, FieldSink sink)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var m = ScopeLabel().Match(lines[i].Text);
            if (!m.Success)
            {
                continue;
            }

            var text = lines[i].Text[(m.Index + m.Length)..].Trim(' ', ':');
            var j = i + 1;

            // A label printed alone on its line ("for the following scope:") is followed by the text,
            // often after a wider gap than the text's own line spacing.
            if (text.Length == 0 && j < lines.Count && lines[j].Page == lines[i].Page && lines[j].Box.Y0 - lines[i].Box.Y1 < lines[i].Box.Height * 3.5 && !EndsScope(lines[j]))
            {
                text = lines[j].Text;
                j++;
            }

            for (; j < lines.Count && j < i + 12; j++)
            {
                var gap = lines[j].Box.Y0 - lines[j - 1].Box.Y1;
                if (lines[j].Page != lines[i].Page || gap > lines[j - 1].Box.Height * 1.6 || EndsScope(lines[j]))
                {
                    break;
                }

                text += " " + lines[j].Text;
            }

            text = TextNormal.Clean(text);
            if (text.Split(' ').Length >= 3)
            {
                sink.Offer("scope", text, m.Value.Contains(':') || m.Value.Contains("scope", StringComparison.OrdinalIgnoreCase) ? 0.85 : 0.75, lines[i].Citation);
            }
        }
    }

    // The scope ends where the next labelled item begins: the standard, the SoA reference, a label, a site list.
    private static bool EndsScope(TextLine line) =>
        IsoCertificateParser.Standard().IsMatch(line.Text) || IsoCertificateParser.Label().IsMatch(line.Text) || IsoCertificateParser.Soa().IsMatch(line.Text) || line.Segments.Count > 1 && line.Segments[0].Box.X1 < line.Segments[1].Box.X0 - 20 && line.Segments[0].Text.Split(' ').Length <= 4;

    [GeneratedRegex(@"(scope( of (certification|registration|activities|the certificate|approval))?|for the following( scope of)? activities)\s*:?", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ScopeLabel();
}
