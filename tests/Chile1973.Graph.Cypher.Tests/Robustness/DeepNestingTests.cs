using System.Text;
using Chile1973.Graph.Core.Querying;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Robustness;

/// <summary>
/// Deep input must end as a syntax error with a position (or run), never as a stack overflow: .NET cannot catch
/// one, so it would end the whole process, web server included.
/// </summary>
public sealed class DeepNestingTests
{
    private const int Deep = 100_000;

    private readonly LimitedEngine _engine = new();

    public static TheoryData<string, string> DeepQueries() => new()
    {
        { "parentheses", "RETURN " + new string('(', Deep) + "1" + new string(')', Deep) },
        { "lists", "RETURN " + new string('[', Deep) + "1" + new string(']', Deep) },
        { "maps", "RETURN " + Repeat("{a: ", Deep) + "1" + new string('}', Deep) },
        { "NOT", "RETURN " + Repeat("NOT ", Deep) + "true" },
        { "unary minus", "RETURN " + Repeat("- ", Deep) + "1" },
        { "a chain of +", "RETURN 1" + Repeat(" + 1", Deep) },
        { "a chain of AND", "RETURN true" + Repeat(" AND true", Deep) },
        { "a chain of comparisons", "RETURN 1" + Repeat(" < 2", Deep) },
        { "a chain of indexes", "RETURN [1]" + Repeat("[0]", Deep) },
        { "a chain of property lookups", "RETURN {a: 1}" + Repeat(".a", Deep) },
        { "CASE", "RETURN " + Repeat("CASE WHEN true THEN ", Deep / 10) + "1" + Repeat(" END", Deep / 10) },
        { "list comprehensions", "RETURN " + Repeat("[x IN ", Deep) + "[1]" + Repeat(" | x]", Deep) },
        { "EXISTS subqueries", "MATCH (n) WHERE " + Repeat("EXISTS { MATCH (n) WHERE ", Deep / 10) + "true" + Repeat(" }", Deep / 10) + " RETURN n" },
        { "clauses", Repeat("WITH 1 AS x ", Deep / 10) + "RETURN x" },
        { "list types", "RETURN 1 IS :: " + Repeat("LIST<", Deep) + "INTEGER" + new string('>', Deep) },
        { "list type suffixes", "RETURN 1 :: INTEGER" + Repeat(" LIST", Deep) },
        { "list type suffixes inside list types", "RETURN 1 :: " + Repeat("LIST<", Deep / 1000) + "INTEGER" + Repeat(Repeat(" LIST", 300) + ">", Deep / 1000) },
        { "a chain of ||", "RETURN 'a'" + Repeat(" || 'a'", Deep) },
    };

    [Theory]
    [MemberData(nameof(DeepQueries))]
    public async Task Deep_input_is_a_syntax_error_with_a_position(string shape, string query)
    {
        var error = await _engine.FailAsync(query, LimitedEngine.Read());

        Assert.True(error.Kind == CypherErrorKind.SyntaxError, $"{shape}: {error.Kind} {error.Message}");
        Assert.Equal("NestingTooDeep", error.Detail);
        Assert.NotNull(error.Position);
        Assert.InRange(error.Position.Value.Offset, 0, query.Length);
    }

    [Fact]
    public async Task A_long_string_literal_runs()
    {
        var values = await _engine.RunAsync("RETURN size('" + new string('x', 1_000_000) + "')", LimitedEngine.Read());

        Assert.Equal([1_000_000L], values);
    }

    [Fact]
    public async Task A_pattern_of_ten_thousand_hops_runs()
    {
        var query = "MATCH (a)" + Repeat("-->()", 10_000) + " RETURN count(*)";

        Assert.Equal([0L], await _engine.RunAsync(query, LimitedEngine.Read()));
    }

    [Fact]
    public async Task A_long_flat_list_runs()
    {
        var query = "RETURN 99999 IN [" + string.Join(", ", Enumerable.Range(0, 100_000)) + "]";

        Assert.Equal([true], await _engine.RunAsync(query, LimitedEngine.Read()));
    }

    [Fact]
    public async Task Nesting_well_within_the_limit_runs()
    {
        Assert.Equal([1L], await _engine.RunAsync("RETURN " + new string('(', 100) + "1" + new string(')', 100), LimitedEngine.Read()));
        Assert.Equal([301L], await _engine.RunAsync("RETURN 1" + Repeat(" + 1", 300), LimitedEngine.Read()));
    }

    [Fact]
    public void Deep_input_on_a_thread_with_a_small_stack_is_still_a_syntax_error()
    {
        // Below the depth limit, but deeper than a 256 KB stack holds: the stack checks, not the counts, must act.
        var query = "RETURN " + new string('(', 450) + "1" + new string(')', 450);
        Exception? outcome = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    _engine.RunAsync(query, LimitedEngine.Read()).GetAwaiter().GetResult();
                }
                catch (Exception error)
                {
                    outcome = error;
                }
            },
            256 * 1024);

        thread.Start();
        thread.Join();

        var error = Assert.IsType<CypherException>(outcome);
        Assert.Equal("NestingTooDeep", error.Detail);
    }

    [Fact]
    public async Task A_parameter_nested_a_hundred_thousand_deep_fails_the_query_not_the_process()
    {
        object? value = 1L;
        for (var i = 0; i < Deep; i++)
        {
            value = new List<object?> { value };
        }

        var error = await _engine.FailAsync("RETURN $p AS p", LimitedEngine.Read(), new Dictionary<string, object?> { ["p"] = value });

        Assert.Equal("NestingTooDeep", error.Detail);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
