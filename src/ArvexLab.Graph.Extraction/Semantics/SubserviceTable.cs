using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Layout;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>One subservice organization as printed, before the method and confidence are decided.</summary>
public sealed record SubserviceRow(string Name, string? Services, int LineIndex, Citation? Citation, bool FromTable);

/// <summary>
/// Subservice organization tables: a header whose first cell names the organization ("Subservice
/// Organization", "Vendor", "Entity", "Provider") and a later cell the services ("Services
/// Provided", "Description", "Function"). Rows are read by cell position under the header and
/// separated by the extra space between table rows; the table ends at a paragraph, a bold line or
/// the end of the page.
/// </summary>
public static partial class SubserviceTable
{
    public static List<SubserviceRow> Read(DocumentContext context)
    {
        var rows = new List<SubserviceRow>();
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var header = lines[i];
            if (header.Segments.Count is < 2 or > 4 || !NameHeader().IsMatch(header.Segments[0].Text) || !Near(context, i))
            {
                continue;
            }

            var services = header.Segments.Skip(1).FirstOrDefault(s => ServicesHeader().IsMatch(s.Text));
            if (services is null || header.Segments.Any(s => ControlHeader().IsMatch(s.Text)))
            {
                continue;
            }

            // The name column ends where the next header cell begins.
            var nameEnd = header.Segments[1].Box.X0 - 4;
            rows.AddRange(Rows(lines, i + 1, header, nameEnd, services.Box.X0 - 4, services == header.Segments[^1] ? double.MaxValue : header.Segments[header.Segments.ToList().IndexOf(services) + 1].Box.X0 - 4));
        }

        return rows;
    }

    // A header like "Vendor | Description" is only taken near the subservice discussion.
    private static bool Near(DocumentContext context, int index)
    {
        var from = Math.Max(0, index - 12);
        return context.Lines.Skip(from).Take(index - from + 1).Any(l => l.Text.Contains("subservice", StringComparison.OrdinalIgnoreCase));
    }

    private static List<SubserviceRow> Rows(IReadOnlyList<TextLine> lines, int from, TextLine header, double nameEnd, double servicesX, double servicesEnd)
    {
        var found = new List<(List<string> Name, List<string> Services, int Index, TextLine First)>();
        TextLine? previous = null;
        for (var k = from; k < lines.Count; k++)
        {
            var line = lines[k];
            if (GapRows.Ends(header, previous, line))
            {
                break;
            }

            // A paragraph runs across both columns with no gutter.
            if (line.Segments.Any(s => s.Box.X0 < nameEnd - 10 && s.Box.X1 > servicesX + 30))
            {
                break;
            }

            var name = Cell(line, double.MinValue, nameEnd);
            var svc = Cell(line, servicesX - 1, servicesEnd);
            if (name.Length == 0 && svc.Length == 0)
            {
                continue;
            }

            var starts = name.Length > 0 && (found.Count == 0 || GapRows.Opens(previous, line));
            if (starts)
            {
                found.Add(([], [], k, line));
            }
            else if (found.Count == 0)
            {
                continue;
            }

            if (name.Length > 0)
            {
                found[^1].Name.Add(name);
            }

            if (svc.Length > 0)
            {
                found[^1].Services.Add(svc);
            }

            previous = line;
        }

        return found
            .Select(r => (r, Name: TextNormal.Clean(string.Join(' ', r.Name)), Services: TextNormal.Clean(string.Join(' ', r.Services))))
            .Where(r => r.Name.Length is >= 2 and <= 80 && r.Name.Split(' ').Length <= 8)
            .Select(r => new SubserviceRow(r.Name, r.Services.Length > 0 ? r.Services : null, r.r.Index, r.r.First.Citation, true))
            .ToList();
    }

    private static string Cell(TextLine line, double from, double to) =>
        string.Join(' ', line.Words.Where(w => w.Box.X0 >= from && w.Box.X0 < to).Select(w => w.Text)).Trim();

    [GeneratedRegex(@"^\s*(?:subservice|service provider|provider|vendor|entity|organi[sz]ation|company|third[- ]party|name)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex NameHeader();

    [GeneratedRegex(@"service|description|function|purpose|provided|hosted", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ServicesHeader();

    [GeneratedRegex(@"\bcontrols?\b|criteria|test", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ControlHeader();
}
