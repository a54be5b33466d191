using System.Text;

namespace ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

/// <summary>
/// RFC 4180 reading and writing that keeps null and empty apart: an unquoted empty field is null, a quoted
/// empty field ("") is the empty string. Line breaks inside quoted fields are kept exactly.
/// </summary>
public static class Csv
{
    public static void Write(TextWriter writer, IEnumerable<IReadOnlyList<string?>> rows)
    {
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0) writer.Write(',');
                WriteField(writer, row[i]);
            }
            writer.Write('\n');
        }
    }

    public static string Write(IEnumerable<IReadOnlyList<string?>> rows)
    {
        var writer = new StringWriter();
        Write(writer, rows);
        return writer.ToString();
    }

    private static void WriteField(TextWriter writer, string? field)
    {
        if (field is null) return;
        if (field.Length > 0 && field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(field);
            return;
        }
        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    /// <exception cref="FormatException">A quoted field is not closed or is followed by stray characters.</exception>
    public static List<string?[]> Read(TextReader reader)
    {
        var rows = new List<string?[]>();
        var row = new List<string?>();
        var field = new StringBuilder();
        var line = 1;
        while (true)
        {
            var c = reader.Read();
            if (c == -1)
            {
                if (row.Count > 0 || field.Length > 0) EndRow(rows, row, field, quoted: false);
                return rows;
            }
            if (c == '"' && field.Length == 0)
            {
                line += ReadQuoted(reader, field, line);
                var next = reader.Peek();
                if (next is not (',' or '\r' or '\n' or -1))
                {
                    throw new FormatException($"Line {line}: unexpected '{(char)next}' after a quoted field.");
                }
                if (next == ',') { reader.Read(); row.Add(field.ToString()); field.Clear(); continue; }
                if (next == '\r') reader.Read();
                if (reader.Peek() == '\n') reader.Read();
                EndRow(rows, row, field, quoted: true);
                line++;
                continue;
            }
            switch (c)
            {
                case ',':
                    row.Add(field.Length == 0 ? null : field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRow(rows, row, field, quoted: false);
                    line++;
                    break;
                default:
                    field.Append((char)c);
                    break;
            }
        }
    }

    public static List<string?[]> Read(string text) => Read(new StringReader(text));

    private static int ReadQuoted(TextReader reader, StringBuilder field, int line)
    {
        var breaks = 0;
        while (true)
        {
            var c = reader.Read();
            if (c == -1) throw new FormatException($"Line {line}: a quoted field is not closed.");
            if (c == '"')
            {
                if (reader.Peek() != '"') return breaks;
                reader.Read();
            }
            if (c == '\n') breaks++;
            field.Append((char)c);
        }
    }

    private static void EndRow(List<string?[]> rows, List<string?> row, StringBuilder field, bool quoted)
    {
        if (!quoted && row.Count == 0 && field.Length == 0) return; // blank line
        row.Add(quoted ? field.ToString() : field.Length == 0 ? null : field.ToString());
        rows.Add([.. row]);
        row.Clear();
        field.Clear();
    }
}
