using System.Text.Json;
using Xunit;

namespace Chile1973.Graph.Importer.Tests;

/// <summary>Bad or pathological input to <c>query</c> ends with a clean message and exit code 1, never a dead process.</summary>
public sealed class QueryCommandRobustnessTests
{
    [Fact]
    public async Task Query_over_a_billion_element_range_fails_with_the_list_limit_and_its_position()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "query", "UNWIND [1] AS x\nRETURN size(range(1, 1000000000)) AS n"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("LimitExceeded (ListTooLarge)", run.Error, StringComparison.Ordinal);
        Assert.Contains("range()", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 2, column 13", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_unwinding_a_billion_element_range_streams_under_the_row_limit()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "query", "UNWIND range(1, 1000000000) AS i RETURN i LIMIT 3", "--format", "json"));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal([1, 2, 3], json.RootElement.GetProperty("rows").EnumerateArray().Select(static r => r.GetProperty("i").GetInt32()));
    }

    [Fact]
    public async Task Query_past_its_time_limit_exits_1_with_the_time_limit_error()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "query", "UNWIND range(1, 1000000000) AS i RETURN count(i)", "--timeout", "0.2"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("LimitExceeded (TimeoutExceeded)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_nested_a_hundred_thousand_deep_is_a_syntax_error_with_a_short_excerpt()
    {
        var query = "RETURN " + new string('(', 100_000) + "1" + new string(')', 100_000);

        var run = await CliRun.RunAsync(CliRun.On("valid", "query", query));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("SyntaxError (NestingTooDeep)", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 1, column ", run.Error, StringComparison.Ordinal);
        var lines = run.Error.ReplaceLineEndings("\n").Split('\n');
        Assert.All(lines, l => Assert.True(l.Length < 400, $"a line of {l.Length} characters"));
        var excerpt = Array.FindIndex(lines, l => l.StartsWith("  ", StringComparison.Ordinal));
        Assert.Equal('^', lines[excerpt + 1].TrimEnd()[^1]);
    }

    [Fact]
    public async Task Query_with_a_parameter_nested_too_deeply_is_refused_before_it_runs()
    {
        var value = new string('[', 5_000) + new string(']', 5_000);

        var run = await CliRun.RunAsync(CliRun.On("valid", "query", "RETURN $p", "--param", "p=" + value));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nested more than", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    public async Task Query_returning_a_value_nested_thousands_deep_is_refused_cleanly(string format)
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "query", "RETURN reduce(acc = [], i IN range(1, 5000) | [acc]) AS x", "--format", format));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("LimitExceeded (NestingTooDeep)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_returning_a_value_nested_a_hundred_deep_prints_it()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "query", "RETURN reduce(acc = [], i IN range(1, 100) | [acc]) AS x", "--format", "json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(new string('[', 101), run.Output.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
