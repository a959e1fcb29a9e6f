using Chile1973.Graph.Cypher.Syntax;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Syntax;

public sealed class TolerantParsingTests
{
    [Fact]
    public void Tolerant_parse_reports_every_broken_clause_with_its_position()
    {
        const string query = "MATCH (n RETURN n\nWITH n.x AS\nMATCH (m)\nRETURN m, )";

        var result = CypherParser.ParseTolerant(query);

        Assert.False(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Null(result.Statement);
        Assert.Equal(
            [(1, 10), (3, 1), (4, 11)],
            result.Errors.Select(static e => (e.Position.Line, e.Position.Column)).ToArray());
        Assert.All(result.Errors, static e => Assert.Equal("UnexpectedSyntax", e.Code));
        Assert.DoesNotContain("(line", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tolerant_parse_returns_the_statement_when_the_query_is_valid()
    {
        var result = CypherParser.ParseTolerant("MATCH (n) RETURN n");

        Assert.True(result.Succeeded);
        Assert.NotNull(result.Statement);
    }

    [Theory]
    [InlineData("MATCH (n) CALL { MATCH (m) WHERE m.x = } RETURN n", 1, 40)]
    [InlineData("MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WHERE } RETURN n", 1, 48)]
    public void Tolerant_parse_resumes_after_the_brace_that_ends_a_broken_subquery(string query, int line, int column)
    {
        var result = CypherParser.ParseTolerant(query);

        var error = Assert.Single(result.Errors);
        Assert.Equal((line, column), (error.Position.Line, error.Position.Column));
    }

    [Theory]
    [InlineData("RETURN 'open", "UnexpectedSyntax")]
    [InlineData("RETURN 1 AS a UNION RETURN 1 AS a UNION ALL RETURN 1 AS a", "InvalidClauseComposition")]
    [InlineData("RETURN 1 garbage", "UnexpectedSyntax")]
    [InlineData("", "UnexpectedSyntax")]
    public void Tolerant_parse_never_throws_on_bad_text(string query, string code)
    {
        var result = CypherParser.ParseTolerant(query);

        Assert.Contains(result.Errors, e => e.Code == code);
    }
}
