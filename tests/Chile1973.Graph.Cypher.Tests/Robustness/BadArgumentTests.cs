using Chile1973.Graph.Core.Querying;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Robustness;

/// <summary>Arguments at the edges of a function's domain give a Cypher error or a value, never an internal error.</summary>
public sealed class BadArgumentTests
{
    private readonly LimitedEngine _engine = new();

    [Theory]
    [InlineData("RETURN round(1e300, 2)", 1e300)]
    [InlineData("RETURN round(1.25, 40)", 1.25)]
    [InlineData("RETURN round(1.25, 1)", 1.3)]
    public async Task Round_with_a_precision_past_what_a_decimal_holds_returns_the_value(string query, double expected)
    {
        Assert.Equal([expected], await _engine.RunAsync(query, LimitedEngine.Read()));
    }

    [Theory]
    [InlineData("RETURN round(1.5, -1)", CypherErrorKind.ArgumentError, "NumberOutOfRange")]
    [InlineData("RETURN 'a' =~ '('", CypherErrorKind.ArgumentError, "InvalidArgumentValue")]
    public async Task An_invalid_argument_is_an_argument_error_with_a_position(string query, CypherErrorKind kind, string detail)
    {
        var error = await _engine.FailAsync(query, LimitedEngine.Read());

        Assert.Equal((kind, detail), (error.Kind, error.Detail));
        Assert.Equal(new SourcePosition(7, 1, 8), error.Position);
    }

    [Fact]
    public async Task A_regular_expression_that_backtracks_without_end_is_stopped()
    {
        var error = await _engine.FailAsync("RETURN '" + new string('a', 40) + "!' =~ '(a+)+$'", LimitedEngine.Read());

        Assert.Equal((CypherErrorKind.LimitExceeded, "RegexTimeout"), (error.Kind, error.Detail));
    }
}
