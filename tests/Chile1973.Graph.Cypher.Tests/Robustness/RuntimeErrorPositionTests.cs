using Chile1973.Graph.Core.Querying;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Robustness;

/// <summary>A query that fails while running names the expression that failed, as compile-time errors do.</summary>
public sealed class RuntimeErrorPositionTests
{
    private readonly LimitedEngine _engine = new();

    [Theory]
    [InlineData("UNWIND [1] AS x\nRETURN x, 10 / (x - 1) AS q", "10 / (x - 1)", 2, 11)]
    [InlineData("RETURN 1 AS one, substring('abc', -1) AS s", "substring('abc', -1)", 1, 18)]
    [InlineData("UNWIND [1, 'a'] AS x RETURN sum(x) AS s", "sum(x)", 1, 29)]
    [InlineData("UNWIND [1] AS x RETURN x LIMIT $l", "$l", 1, 32)]
    [InlineData("WITH [1, 'a'] AS l RETURN [x IN l | x * 2] AS bad", "x * 2", 1, 37)]
    [InlineData("UNWIND range(1, 3, 0) AS x RETURN x", "range(1, 3, 0)", 1, 8)]
    [InlineData("UNWIND [1] AS x\nCALL (x) {\n  RETURN 10 / (x - 1) AS q\n}\nRETURN q", "10 / (x - 1)", 3, 10)]
    [InlineData("UNWIND [1] AS x RETURN COLLECT { RETURN 10 / (x - 1) AS q } AS qs", "10 / (x - 1)", 1, 41)]
    public async Task A_runtime_error_points_at_the_expression_that_failed(string query, string fragment, int line, int column)
    {
        var error = await _engine.FailAsync(query, LimitedEngine.Read(), new Dictionary<string, object?> { ["l"] = -1L });

        Assert.Equal(CypherErrorPhase.Runtime, error.Phase);
        var position = Assert.NotNull(error.Position);
        Assert.Equal((line, column), (position.Line, position.Column));
        Assert.StartsWith(fragment, query[position.Offset..], StringComparison.Ordinal);
        Assert.Contains($"line {line}, column {column}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CREATE (n)\nSET n = 5", CypherErrorKind.TypeError)]
    [InlineData("CREATE (n)\nCREATE (m {x: [1, {a: 1}]})", CypherErrorKind.TypeError)]
    [InlineData("CREATE (a)-[:R]->(b)\nDELETE a", CypherErrorKind.ConstraintVerificationFailed)]
    public async Task A_failed_write_points_at_its_clause_and_leaves_the_graph_as_it_was(string query, CypherErrorKind kind)
    {
        var error = await _engine.FailAsync(query, LimitedEngine.Write());

        Assert.Equal(kind, error.Kind);
        Assert.Equal(new SourcePosition(query.IndexOf('\n', StringComparison.Ordinal) + 1, 2, 1), error.Position);
        Assert.Equal(0, _engine.Engine.Store.NodeCount);
    }

    [Fact]
    public async Task A_write_refused_in_read_mode_points_at_the_first_write_clause()
    {
        const string query = "MATCH (n)\nSET n.x = 1";

        var error = await _engine.FailAsync(query, LimitedEngine.Read());

        Assert.Equal(CypherErrorKind.AccessModeViolation, error.Kind);
        Assert.Equal(new SourcePosition(10, 2, 1), error.Position);
    }

    [Fact]
    public async Task A_missing_parameter_points_at_its_first_use()
    {
        const string query = "RETURN 1 AS a, $missing AS b";

        var error = await _engine.FailAsync(query, LimitedEngine.Read());

        Assert.Equal(CypherErrorKind.ParameterMissing, error.Kind);
        Assert.Equal(new SourcePosition(15, 1, 16), error.Position);
    }
}
