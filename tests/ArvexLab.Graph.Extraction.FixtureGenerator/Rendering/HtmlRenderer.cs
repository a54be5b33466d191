using System.Net;
using System.Text;
using ArvexLab.Graph.Extraction.FixtureGenerator.Layout;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Rendering;

/// <summary>Producer (b), first half: the same blocks as HTML + print CSS for headless Chromium.</summary>
public static class HtmlRenderer
{
    public static string Render(Doc doc)
    {
        var t = doc.Theme;
        var paper = t.Paper == PaperSize.A4 ? "A4" : "letter";
        var font = t.Serif ? "'Liberation Serif', 'DejaVu Serif', serif" : "'Liberation Sans', 'DejaVu Sans', sans-serif";
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><style>
            @page { size: {{paper}}; margin: 0.8in 0.75in; }
            @page wide { size: {{paper}} landscape; margin: 0.6in; }
            body { font-family: {{font}}; font-size: {{t.BodySize}}pt; line-height: 1.3; margin: 0; }
            .wide { page: wide; }
            .break { break-before: page; }
            h1 { font-size: 15pt; margin: 14pt 0 6pt; } h2 { font-size: 12pt; margin: 12pt 0 5pt; } h3 { font-size: {{t.BodySize + 0.5}}pt; margin: 8pt 0 4pt; }
            h1, h2, h3 { break-after: avoid; }
            p { margin: 0 0 6pt; white-space: pre-line; }
            table { width: 100%; border-collapse: collapse; margin: 6pt 0 10pt; }
            td, th { vertical-align: top; text-align: left; padding: 3pt 4pt; white-space: pre-line; }
            table.ruled td, table.ruled th { border: 0.6pt solid #333; }
            table.plain thead th, table.plain tr.head th { border-bottom: 1.2pt solid #000; }
            table.shaded thead th, table.shaded tr.head th { background: #d8d8d8; }
            table.shaded tr.group td { background: #ececec; }
            tr.group td { font-weight: bold; }
            table.keep tr { break-inside: avoid; }
            .frame { border: 3pt double #234; padding: 24pt; }
            .badge { float: right; border: 1.2pt solid #000; padding: 4pt 8pt; text-align: center; font-weight: bold; font-size: 7.5pt; }
            .footer { font-size: 7.5pt; color: #444; margin-top: 18pt; }
            </style></head><body>

            """);
        var inWide = false;
        var framed = false;
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case Heading h:
                    html.Append($"<h{h.Level}>{E(h.Text)}</h{h.Level}>\n");
                    break;
                case Para p:
                    var style = $"text-align:{p.Align.ToString().ToLowerInvariant()};" +
                        (p.Size is { } s ? $"font-size:{s}pt;" : "") + (p.Bold ? "font-weight:bold;" : "") +
                        (p.SpaceBefore > 0 ? $"margin-top:{p.SpaceBefore}pt;" : "");
                    html.Append($"<p style=\"{style}\">{E(p.Text)}</p>\n");
                    break;
                case ListBlock l:
                    var tag = l.Style is ListStyle.Numbered or ListStyle.Lettered ? "ol" : "ul";
                    var type = l.Style switch { ListStyle.Lettered => " type=\"a\"", ListStyle.Dashed => " style=\"list-style-type:'- '\"", _ => "" };
                    html.Append($"<{tag}{type}>").AppendJoin("", l.Items.Select(i => $"<li>{E(i)}</li>")).Append($"</{tag}>\n");
                    break;
                case PageBreak pb:
                    if (inWide)
                        html.Append("</div>\n");
                    inWide = pb.Landscape;
                    html.Append(pb.Landscape ? "<div class=\"wide\">\n" : "<div class=\"break\"></div>\n");
                    break;
                case Spacer sp:
                    html.Append($"<div style=\"height:{sp.Height}pt\"></div>\n");
                    break;
                case Frame:
                    framed = true;
                    html.Append("<div class=\"frame\">\n");
                    break;
                case Badge b:
                    html.Append("<div class=\"badge\">").AppendJoin("<br>", b.Lines.Select(E)).Append("</div>\n");
                    break;
                case Table table:
                    AppendTable(html, table);
                    break;
                default:
                    throw new NotSupportedException(block.GetType().Name);
            }
        }
        if (inWide)
            html.Append("</div>\n");
        if (framed)
            html.Append("</div>\n");
        if (t.Footer is { } footer)
            html.Append($"<div class=\"footer\">{E(footer)}</div>\n");
        return html.Append("</body></html>\n").ToString();
    }

    private static void AppendTable(StringBuilder html, Table t)
    {
        var classes = (t.Ruled ? "ruled" : "plain") + (t.Shaded ? " shaded" : "");
        if (!t.SplitRows)
            classes += " keep";
        html.Append($"<table class=\"{classes}\" style=\"font-size:{t.FontSize}pt\"><colgroup>");
        foreach (var w in t.Widths)
            html.Append($"<col style=\"width:{100 * w / t.Widths.Sum():0.#}%\">");
        html.Append("</colgroup>\n");
        var headerRow = t.Header is null ? "" : "<tr class=\"head\">" + string.Concat(t.Header.Select(h => $"<th>{E(h)}</th>")) + "</tr>\n";
        // A <thead> is repeated by Chromium on every page; a header row in <tbody> is printed once.
        html.Append(t.RepeatHeader ? $"<thead>{headerRow}</thead><tbody>\n" : $"<tbody>{headerRow}");
        foreach (var row in t.Rows)
        {
            html.Append(row.Group
                ? $"<tr class=\"group\"><td colspan=\"{t.Widths.Count}\">{E(row.Cells[0])}</td></tr>\n"
                : "<tr>" + string.Concat(row.Cells.Select(c => $"<td>{E(c)}</td>")) + "</tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
