using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

namespace ArvexLab.Graph.Server.Tests.Frameworks.Catalogs;

public sealed class CsvTests
{
    [Fact]
    public void Fields_with_commas_quotes_and_line_breaks_are_quoted_and_read_back()
    {
        string?[] row = ["plain", "a,b", "say \"hi\"", "two\nlines", "crlf\r\nkept", "", null, " padded "];

        var text = Csv.Write([row]);

        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"crlf\r\nkept\",\"\",, padded \n", text);
        Assert.Equal(row, Assert.Single(Csv.Read(text)));
    }

    [Fact]
    public void Files_written_elsewhere_with_crlf_endings_and_blank_lines_read_as_rows()
    {
        var rows = Csv.Read("a,b\r\n\r\n1,\"x\"\r\n2,y");

        Assert.Equal([["a", "b"], ["1", "x"], ["2", "y"]], rows);
    }

    [Fact]
    public void An_unclosed_quote_is_a_format_error_naming_the_line()
    {
        var error = Assert.Throws<FormatException>(() => Csv.Read("a,b\n1,\"open\n"));

        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => Csv.Read("\"quoted\"tail,b\n"));
    }
}
