using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Semantics;
using Chile1973.Graph.Cypher.Syntax;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Semantics;

public sealed class SubquerySemanticsTests
{
    private static AnalyzedStatement Analyze(string query) => SemanticAnalyzer.Analyze(CypherParser.Parse(query));

    // Each case marks the expected error position with '^' on the line under the query.
    [Theory]
    [InlineData(
        "MATCH (n) CALL { WITH n MATCH (n)--(m) RETURN m AS n } RETURN n",
        "                                                   ^",
        "VariableAlreadyBound")]
    [InlineData(
        "MATCH (n) CALL (n) { RETURN n.name AS n } RETURN n",
        "                                      ^",
        "VariableAlreadyBound")]
    [InlineData(
        "MATCH (n) CALL { WITH n RETURN * } RETURN n",
        "                        ^",
        "VariableAlreadyBound")]
    [InlineData(
        "MATCH (n) CALL (n, n) { RETURN 1 AS one } RETURN one",
        "                   ^",
        "VariableAlreadyBound")]
    [InlineData(
        "MATCH (n) CALL { WITH n.name AS name RETURN name } RETURN name",
        "                      ^",
        "InvalidClauseComposition")]
    [InlineData(
        "MATCH (n) CALL { WITH n AS m RETURN m } RETURN m",
        "                      ^",
        "InvalidClauseComposition")]
    [InlineData(
        "MATCH (n) CALL { WITH n WHERE n.x > 1 RETURN n.x AS x } RETURN x",
        "                 ^",
        "InvalidClauseComposition")]
    [InlineData(
        "MATCH (n) CALL { WITH DISTINCT n RETURN n.x AS x } RETURN x",
        "                 ^",
        "InvalidClauseComposition")]
    [InlineData(
        "MATCH (n) CALL { MATCH (m) WHERE m.x = n.x RETURN m } RETURN m",
        "                                       ^",
        "UndefinedVariable")]
    [InlineData(
        "MATCH (n) CALL (m) { RETURN 1 AS one } RETURN one",
        "                ^",
        "UndefinedVariable")]
    [InlineData(
        "MATCH (n) CALL (n) { RETURN n.name } RETURN n",
        "                            ^",
        "NoExpressionAlias")]
    [InlineData(
        "MATCH (n) CALL (n) { MATCH (n)--(m) } RETURN n",
        "                     ^",
        "InvalidClauseComposition")]
    [InlineData(
        "MATCH (n) CALL (n) { RETURN n.name AS name }",
        "          ^",
        "InvalidClauseComposition")]
    [InlineData(
        "CALL { RETURN 1 AS a UNION RETURN 2 AS b } RETURN a",
        "                           ^",
        "DifferentColumnsInUnion")]
    [InlineData(
        "MATCH (n) RETURN COLLECT { MATCH (n)--(m) RETURN m.name AS name, m.id AS id } AS pairs",
        "                 ^",
        "InvalidClauseComposition")]
    [InlineData(
        "MATCH (n) RETURN COLLECT { MATCH (n)--(m) SET m.seen = true RETURN m } AS seen",
        "                 ^",
        "InvalidClauseComposition")]
    public void Subquery_rules_are_errors_that_point_at_the_offending_text(string query, string marker, string detail)
    {
        var error = Assert.Throws<CypherException>(() => Analyze(query));

        Assert.Equal(detail, error.Detail);
        Assert.Equal(CypherErrorPhase.CompileTime, error.Phase);
        Assert.Equal(marker.IndexOf('^', StringComparison.Ordinal), error.Position!.Value.Offset);
    }

    [Theory]
    [InlineData("MATCH (n) CALL { WITH n MATCH (n)--(m) RETURN count(m) AS k } RETURN n, k")]
    [InlineData("MATCH (n) CALL (n) { MATCH (n)--(m) RETURN m AS other } RETURN n, other")]
    [InlineData("MATCH (n) CALL { WITH * MATCH (n)--(m) RETURN m AS other } RETURN n, other")]
    [InlineData("MATCH (n) CALL { MATCH (n) RETURN n.name AS inner } RETURN n, inner")]
    [InlineData("MATCH (n) CALL (n) { WITH n.name AS name WHERE name STARTS WITH 'S' RETURN name } RETURN name")]
    [InlineData("CALL { MATCH (p:Person) RETURN p.name AS name UNION MATCH (q:Party) RETURN q.name AS name } RETURN name")]
    [InlineData("MATCH (n) OPTIONAL CALL (n) { MATCH (n)-->(m) RETURN m } RETURN n, m")]
    [InlineData("MATCH (n) RETURN COLLECT { MATCH (n)--(m) RETURN m.name ORDER BY m.name } AS names")]
    [InlineData("MATCH (n) WHERE EXISTS { CALL (n) { MATCH (n)-->(m) RETURN m } RETURN m } RETURN n")]
    public void Analyzer_accepts_the_neo4j_5_subquery_forms(string query)
    {
        var analyzed = Analyze(query);

        Assert.False(analyzed.IsUpdating);
    }

    [Fact]
    public void A_call_subquery_that_writes_makes_the_whole_query_a_write()
    {
        var analyzed = Analyze("MATCH (n) CALL (n) { SET n.seen = true } RETURN n");

        Assert.True(analyzed.IsUpdating);
        Assert.Equal((1, 22), (analyzed.FirstUpdate!.Value.Line, analyzed.FirstUpdate.Value.Column));
    }

    [Fact]
    public void Columns_returned_by_a_call_become_variables_of_the_outer_query()
    {
        var analyzed = Analyze("UNWIND [1, 2] AS x CALL (x) { RETURN x * 2 AS doubled } RETURN *");

        Assert.Equal(["doubled", "x"], analyzed.Columns);
    }
}
