using System.Text.Json;
using Xunit;

namespace Chile1973.Graph.Importer.Tests;

public sealed class QueryCommandTests
{
    [Fact]
    public async Task Query_prints_a_table_of_the_result_with_a_row_count()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "query", "MATCH (p:Person) RETURN p.name AS name ORDER BY name"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("'Ana Perez'", run.Output, StringComparison.Ordinal);
        Assert.True(run.Output.IndexOf("'Ana Perez'", StringComparison.Ordinal) < run.Output.IndexOf("'Juan Soto'", StringComparison.Ordinal));
        Assert.Contains("2 row(s) in ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_binds_parameters_given_as_name_equals_value()
    {
        var run = await CliRun.RunAsync(CliRun.On(
            "valid", "query", "MATCH (a {id: $who})-[r:KNEW]->(b) WHERE r.weight > $min RETURN b.id AS friend, $tags AS tags",
            "--param", "who=ana_perez", "--param", "min=0.25", "--param", "tags=['x', 2]", "--format", "json"));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("juan_soto", row.GetProperty("friend").GetString());
        Assert.Equal("[\"x\",2]", JsonSerializer.Serialize(row.GetProperty("tags")));
    }

    [Fact]
    public async Task Query_json_writes_nodes_with_labels_and_properties()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "query", "MATCH (n:Place) RETURN n", "--format", "json"));

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["n"], json.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var node = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray()).GetProperty("n");
        Assert.Equal("Place", node.GetProperty("labels")[0].GetString());
        Assert.Equal("Valparaiso", node.GetProperty("properties").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Query_with_a_syntax_error_points_at_its_line_and_column_and_exits_1()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "query", "MATCH (n)\nRETRN n"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("SyntaxError", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 2, column 1", run.Error, StringComparison.Ordinal);
        Assert.Contains("  RETRN n\n  ^", run.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_refuses_to_write()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "query", "CREATE (:Person {name: 'X'})"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("read mode", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_reports_a_missing_parameter()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "query", "RETURN $nothing"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nothing", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_rejects_a_parameter_without_a_value()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "query", "RETURN 1", "--param", "oops"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--param 'oops' is not name=value.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_on_a_broken_graph_lists_the_problems_and_exits_1()
    {
        var run = await CliRun.RunAsync(CliRun.On("broken", "query", "RETURN 1"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("28 problem(s) in the graph files; nothing was queried.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_over_the_row_limit_is_an_error_not_a_silent_cut()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "query", "UNWIND range(1, 10) AS i RETURN i", "--max-rows", "5"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_stops_at_its_time_limit()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "query", "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a WHERE a < 0 RETURN a", "--timeout", "0.2"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("time limit", run.Error, StringComparison.Ordinal);
    }
}
