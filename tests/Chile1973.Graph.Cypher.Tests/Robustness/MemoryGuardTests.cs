using Chile1973.Graph.Core.Querying;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Robustness;

public sealed class MemoryGuardTests
{
    private readonly LimitedEngine _defaults = new();
    private readonly LimitedEngine _small = new(new EmbeddedEngineOptions { MaxListSize = 1_000, MaxStringLength = 1_000 });

    [Fact]
    public async Task Size_of_a_billion_element_range_fails_with_the_list_limit_instead_of_taking_the_memory()
    {
        var error = await _defaults.FailAsync("RETURN size(range(1, 1000000000))", LimitedEngine.Read());

        Assert.Equal(CypherErrorKind.LimitExceeded, error.Kind);
        Assert.Equal("ListTooLarge", error.Detail);
        Assert.Contains("range()", error.Message, StringComparison.Ordinal);
        Assert.Contains("10000000", error.Message, StringComparison.Ordinal);
        Assert.Equal(new SourcePosition(12, 1, 13), error.Position);
    }

    [Fact]
    public async Task Unwind_of_a_billion_element_range_streams_so_a_limit_needs_only_its_rows()
    {
        var values = await _defaults.RunAsync("UNWIND range(1, 1000000000) AS i RETURN i LIMIT 3", LimitedEngine.Read());

        Assert.Equal([1L, 2L, 3L], values);
    }

    [Fact]
    public async Task Unwind_of_a_range_keeps_the_arguments_rules_of_range()
    {
        Assert.Equal([10L, 7L, 4L, 1L], await _defaults.RunAsync("UNWIND range(10, 1, -3) AS i RETURN i", LimitedEngine.Read()));
        Assert.Empty(await _defaults.RunAsync("UNWIND range(5, 1) AS i RETURN i", LimitedEngine.Read()));
        Assert.Equal([0L, long.MaxValue], await _defaults.RunAsync(
            "UNWIND range(0, 9223372036854775807, 9223372036854775807) AS i RETURN i", LimitedEngine.Read()));

        var error = await _defaults.FailAsync("UNWIND range(1, 10, 0) AS i RETURN i", LimitedEngine.Read());
        Assert.Equal(CypherErrorKind.ArgumentError, error.Kind);
        Assert.NotNull(error.Position);
    }

    [Fact]
    public async Task Counting_a_billion_element_range_is_stopped_by_the_time_limit()
    {
        var error = await _defaults.FailAsync("UNWIND range(1, 1000000000) AS i RETURN count(i)", LimitedEngine.Read(TimeSpan.FromMilliseconds(200)));

        Assert.Equal(CypherErrorKind.LimitExceeded, error.Kind);
        Assert.Equal("TimeoutExceeded", error.Detail);
    }

    [Theory]
    [InlineData("RETURN range(1, 1001)", "range()", "ListTooLarge")]
    [InlineData("UNWIND range(1, 1001) AS i RETURN size(collect(i))", "collect()", "ListTooLarge")]
    [InlineData("RETURN size(range(1, 600) + range(1, 600))", "list concatenation", "ListTooLarge")]
    [InlineData("RETURN size(reduce(l = [], i IN range(1, 1000) | l + [i, i]))", "list concatenation", "ListTooLarge")]
    [InlineData("RETURN size(reduce(s = 'x', i IN range(1, 20) | s + s))", "string concatenation", "StringTooLarge")]
    [InlineData("RETURN size(split(reduce(s = '', i IN range(1, 1000) | s + ','), ','))", "split()", "ListTooLarge")]
    [InlineData("RETURN size(replace('aaaaaaaaaa', 'a', reduce(s = '', i IN range(1, 200) | s + 'b')))", "replace()", "StringTooLarge")]
    [InlineData("RETURN size(replace(reduce(s = '', i IN range(1, 600) | s + 'a'), '', 'b'))", "replace()", "StringTooLarge")]
    public async Task A_value_over_the_configured_limit_fails_naming_what_built_it(string query, string what, string detail)
    {
        var error = await _small.FailAsync(query, LimitedEngine.Read());

        Assert.Equal(CypherErrorKind.LimitExceeded, error.Kind);
        Assert.Equal(detail, error.Detail);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
        Assert.Contains("1000", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Position);
    }

    [Fact]
    public async Task A_pattern_comprehension_over_the_limit_fails()
    {
        await _small.RunAsync("CREATE (h:Hub) WITH h UNWIND range(1, 1001) AS i CREATE (h)-[:R]->(:N {i: i})", LimitedEngine.Write());

        var error = await _small.FailAsync("MATCH (h:Hub) RETURN size([(h)-->(n) | n.i]) AS n", LimitedEngine.Read());

        Assert.Equal("ListTooLarge", error.Detail);
        Assert.Contains("pattern comprehension", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_at_the_limit_are_still_built()
    {
        Assert.Equal([1000L], await _small.RunAsync("RETURN size(range(1, 1000))", LimitedEngine.Read()));
        Assert.Equal([1000L], await _small.RunAsync("UNWIND range(1, 1000) AS i RETURN size(collect(i))", LimitedEngine.Read()));
        Assert.Equal(["xaxbx"], await _small.RunAsync("RETURN replace('ab', '', 'x')", LimitedEngine.Read()));
    }

    [Fact]
    public async Task A_value_that_shares_one_list_over_and_over_cannot_be_returned_past_the_limit()
    {
        var error = await _small.FailAsync("RETURN reduce(acc = [1], i IN range(1, 30) | [acc, acc]) AS x", LimitedEngine.Read());

        Assert.Equal("ListTooLarge", error.Detail);
    }

    [Fact]
    public async Task A_value_nested_a_hundred_thousand_deep_fails_the_query_not_the_process()
    {
        var returned = await _defaults.FailAsync("RETURN reduce(acc = [], i IN range(1, 100000) | [acc]) AS x", LimitedEngine.Read());
        var compared = await _defaults.FailAsync("WITH reduce(acc = [], i IN range(1, 100000) | [acc]) AS x RETURN x = x", LimitedEngine.Read());

        Assert.Equal("NestingTooDeep", returned.Detail);
        Assert.Equal("NestingTooDeep", compared.Detail);
    }

    [Fact]
    public void Limits_below_one_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LimitedEngine(new EmbeddedEngineOptions { MaxListSize = 0 }));
    }
}
