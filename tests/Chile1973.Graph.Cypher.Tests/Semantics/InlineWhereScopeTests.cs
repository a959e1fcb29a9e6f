using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Semantics;
using Chile1973.Graph.Cypher.Syntax;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Semantics;

public sealed class InlineWhereScopeTests
{
    private static AnalyzedStatement Analyze(string query) => SemanticAnalyzer.Analyze(CypherParser.Parse(query));

    [Theory]
    [InlineData("MATCH (a)-->(b WHERE b.x > a.x) RETURN b", "UndefinedVariable", 28)]
    [InlineData("MATCH (a WHERE a.x = b.x)-->(b) RETURN a", "UndefinedVariable", 22)]
    [InlineData("MATCH (a), (b WHERE b.x = a.x) RETURN a", "UndefinedVariable", 27)]
    [InlineData("MATCH (a)-[r WHERE r.x = b.x]->(b) RETURN a", "UndefinedVariable", 26)]
    [InlineData("MATCH p = (a WHERE length(p) > 1)-->() RETURN a", "UndefinedVariable", 27)]
    [InlineData("MATCH (n:Person WHERE count(*) > 1) RETURN n", "InvalidAggregation", 23)]
    [InlineData("MATCH (n WHERE 'yes') RETURN n", "InvalidArgumentType", 16)]
    [InlineData("MATCH (a) RETURN [(a)-->(b WHERE b.x = c.x)-->(c) | b] AS l", "UndefinedVariable", 40)]
    public void An_inline_where_is_checked_in_the_scope_before_its_pattern(string query, string detail, int column)
    {
        var error = Assert.Throws<CypherException>(() => Analyze(query));

        Assert.Equal(detail, error.Detail);
        Assert.Equal(CypherErrorPhase.CompileTime, error.Phase);
        Assert.Equal(column, error.Position!.Value.Column);
    }

    [Theory]
    [InlineData("WITH 1900 AS year MATCH (n:Person WHERE n.born > year) RETURN n")]
    [InlineData("MATCH (a) MATCH (a)-[r WHERE r.since > a.born]->(b WHERE b <> a) RETURN b")]
    [InlineData("MATCH (n WHERE n.x = $x) RETURN n")]
    [InlineData("MATCH (a) WHERE EXISTS { (a)-->(b WHERE b.x = a.x) } RETURN a")]
    [InlineData("MATCH (a) RETURN COUNT { (a)-[r:T WHERE r.w > 1]->(:B WHERE true) } AS c")]
    public void An_inline_where_sees_earlier_variables_and_its_own(string query)
    {
        var analyzed = Analyze(query);

        Assert.False(analyzed.IsUpdating);
    }

    [Fact]
    public void An_inline_where_reports_its_parameters()
    {
        var analyzed = Analyze("MATCH (n WHERE n.born > $year)-[r WHERE r.since < $until]->() RETURN n");

        Assert.Equal(["until", "year"], analyzed.Parameters.Order(StringComparer.Ordinal));
    }
}
