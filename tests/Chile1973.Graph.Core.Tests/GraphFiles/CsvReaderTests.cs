using Chile1973.Graph.Core.GraphFiles;
using Xunit;

namespace Chile1973.Graph.Core.Tests.GraphFiles;

public sealed class CsvReaderTests
{
    private static (IReadOnlyList<CsvRecord> Records, List<GraphProblem> Problems) Read(string text)
    {
        var problems = new List<GraphProblem>();
        return (CsvReader.Read(text, "graph/nodes/x.csv", problems), problems);
    }

    [Fact]
    public void Read_splits_plain_fields_and_keeps_empty_ones()
    {
        var (records, problems) = Read("a,b,,d,\n");

        Assert.Empty(problems);
        Assert.Equal(["a", "b", "", "d", ""], Assert.Single(records).Fields);
    }

    [Fact]
    public void Read_unquotes_fields_with_commas_and_doubled_quotes()
    {
        var (records, _) = Read("\"x, y\",\"He said \"\"no\"\".\",\"\"\n");

        Assert.Equal(["x, y", "He said \"no\".", ""], Assert.Single(records).Fields);
    }

    [Fact]
    public void Read_numbers_records_by_physical_line_skipping_blank_lines()
    {
        var (records, _) = Read("h1,h2\r\n\r\na,b\r\n   \nc,d");

        Assert.Equal([1, 3, 5], records.Select(r => r.Line));
        Assert.Equal(["c", "d"], records[2].Fields);
    }

    [Fact]
    public void Read_ignores_a_byte_order_mark()
    {
        var (records, _) = Read("\uFEFFid:ID,name\n");

        Assert.Equal("id:ID", records[0].Fields[0]);
    }

    [Fact]
    public void Read_reports_an_unclosed_quote_on_its_line_and_goes_on()
    {
        var (records, problems) = Read("a,b\n\"open,c\nd,e\n");

        var problem = Assert.Single(problems);
        Assert.Equal(("graph/nodes/x.csv", 2, "record"), (problem.File, problem.Line, problem.Field));
        Assert.Contains("unclosed quote in field 1", problem.Message, StringComparison.Ordinal);
        Assert.Equal([1, 3], records.Select(r => r.Line));
    }

    [Theory]
    [InlineData("a,b\"c", "quote inside unquoted field 2 (column 4)")]
    [InlineData("\"a\"b,c", "unexpected 'b' after the closing quote of field 1 (column 4)")]
    public void Read_reports_stray_quotes_with_their_column(string line, string message)
    {
        var (_, problems) = Read(line);

        Assert.StartsWith(message, Assert.Single(problems).Message, StringComparison.Ordinal);
    }
}
