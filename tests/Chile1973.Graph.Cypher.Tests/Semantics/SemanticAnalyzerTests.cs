using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Semantics;
using Chile1973.Graph.Cypher.Syntax;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Semantics;

public sealed class SemanticAnalyzerTests
{
    private static AnalyzedStatement Analyze(string query) => SemanticAnalyzer.Analyze(CypherParser.Parse(query));

    [Theory]
    [InlineData("MATCH (a) WITH a.x AS x RETURN a", "UndefinedVariable")]
    [InlineData("MATCH (a) RETURN b", "UndefinedVariable")]
    [InlineData("RETURN 1 AS x UNION RETURN x AS x", "UndefinedVariable")]
    [InlineData("MATCH (a) WHERE (a)-[r]->() RETURN a", "UndefinedVariable")]
    [InlineData("RETURN [x IN [1] | x] AS l, x", "UndefinedVariable")]
    [InlineData("MATCH (a) RETURN DISTINCT a.name ORDER BY a.age", "UndefinedVariable")]
    [InlineData("MATCH (a) RETURN count(*) AS c ORDER BY a.name", "UndefinedVariable")]
    [InlineData("MATCH (a)-[r]->() MATCH (r) RETURN r", "VariableTypeConflict")]
    [InlineData("WITH 1 AS n MATCH (n) RETURN n", "VariableTypeConflict")]
    [InlineData("MATCH (n) MATCH ()-[n]-() RETURN n", "VariableTypeConflict")]
    [InlineData("MATCH p = ()-->(), (p) RETURN p", "VariableTypeConflict")]
    [InlineData("MATCH (a) CREATE (a)", "VariableAlreadyBound")]
    [InlineData("MATCH (a) CREATE (a:New)-[:T]->()", "VariableAlreadyBound")]
    [InlineData("MATCH ()-[r]->() CREATE ()-[r:T]->()", "VariableAlreadyBound")]
    [InlineData("MATCH (p) MATCH p = ()-->() RETURN p", "VariableAlreadyBound")]
    [InlineData("WITH 1 AS x UNWIND [1] AS x RETURN x", "VariableAlreadyBound")]
    [InlineData("MATCH (a)-[r]->()-[r]->() RETURN r", "RelationshipUniquenessViolation")]
    [InlineData("MATCH (a) WHERE count(a) > 1 RETURN a", "InvalidAggregation")]
    [InlineData("MATCH (a) RETURN a.x ORDER BY max(a.y)", "InvalidAggregation")]
    [InlineData("UNWIND [1] AS x RETURN [y IN [1] | count(*)]", "InvalidAggregation")]
    [InlineData("MATCH (a) SET a.n = count(*)", "InvalidAggregation")]
    [InlineData("RETURN sum(max(1))", "NestedAggregation")]
    [InlineData("MATCH (a)--(b) RETURN a.x + count(b)", "AmbiguousAggregationExpression")]
    [InlineData("MATCH (a)--(b) RETURN a.x + b.x AS k, a.x + b.x + count(*) AS c", "AmbiguousAggregationExpression")]
    [InlineData("MATCH (a) WITH a, count(*) RETURN a", "NoExpressionAlias")]
    [InlineData("RETURN 1 AS a, 2 AS a", "ColumnNameConflict")]
    [InlineData("RETURN 1 AS a UNION RETURN 1 AS b", "DifferentColumnsInUnion")]
    [InlineData("MATCH (n) RETURN n LIMIT n.x", "NonConstantExpression")]
    [InlineData("RETURN count(rand())", "NonConstantExpression")]
    [InlineData("MATCH (n) RETURN n SKIP -1", "NegativeIntegerArgument")]
    [InlineData("MATCH (n) RETURN n LIMIT 1.5", "InvalidArgumentType")]
    [InlineData("RETURN 1 AND true", "InvalidArgumentType")]
    [InlineData("RETURN NOT 'yes'", "InvalidArgumentType")]
    [InlineData("RETURN 1 IN 2", "InvalidArgumentType")]
    [InlineData("RETURN 'a' % 2", "InvalidArgumentType")]
    [InlineData("RETURN all(x IN ['a'] WHERE x * 2 > 1)", "InvalidArgumentType")]
    [InlineData("MATCH (n) RETURN type(n)", "InvalidArgumentType")]
    [InlineData("MATCH p = ()-->() RETURN labels(p)", "InvalidArgumentType")]
    [InlineData("MATCH (n) WHERE (n) RETURN n", "InvalidArgumentType")]
    [InlineData("MATCH () DELETE 1 + 1", "InvalidArgumentType")]
    [InlineData("CREATE (a)-[:T]-(b)", "RequiresDirectedRelationship")]
    [InlineData("CREATE ()-->()", "NoSingleRelationshipType")]
    [InlineData("MERGE (a)-[:A|B]->(b)", "NoSingleRelationshipType")]
    [InlineData("CREATE ()-[:T*2]->()", "CreatingVarLength")]
    [InlineData("MATCH (n) DELETE n:Person", "InvalidDelete")]
    [InlineData("MATCH (n $p) RETURN n", "InvalidParameterUse")]
    [InlineData("RETURN foo(1)", "UnknownFunction")]
    [InlineData("RETURN toUpper('a', 'b')", "InvalidNumberOfArguments")]
    [InlineData("RETURN 1 AS a MATCH (n) RETURN n", "InvalidClauseComposition")]
    [InlineData("MATCH (n)", "InvalidClauseComposition")]
    public void Analyzer_raises_the_openCypher_detail_when_a_rule_is_broken(string query, string detail)
    {
        var error = Assert.Throws<CypherException>(() => Analyze(query));

        Assert.Equal(detail, error.Detail);
        Assert.Equal(CypherErrorPhase.CompileTime, error.Phase);
        Assert.NotNull(error.Position);
    }

    [Theory]
    [InlineData("WITH 123 AS m RETURN m.x")]
    [InlineData("WITH [1] AS m RETURN m.x")]
    public void Property_access_on_a_known_non_map_is_a_type_error(string query)
    {
        var error = Assert.Throws<CypherException>(() => Analyze(query));

        Assert.Equal(CypherErrorKind.TypeError, error.Kind);
        Assert.Equal("InvalidArgumentType", error.Detail);
        Assert.Equal(CypherErrorPhase.CompileTime, error.Phase);
    }

    [Theory]
    [InlineData("MATCH (a)-[r]->(b) MATCH (a)-[r]->(c) RETURN c")]
    [InlineData("MATCH (a) MATCH (a:Label) RETURN a")]
    [InlineData("MATCH (a) WITH a.x AS x WHERE a.y = 1 RETURN x")]
    [InlineData("MATCH (a) RETURN a.x AS x ORDER BY a.y")]
    [InlineData("MATCH (a) RETURN DISTINCT a.x ORDER BY a.x")]
    [InlineData("MATCH (a)--(b) RETURN a, a.x + count(b) AS c")]
    [InlineData("MATCH (a)--(b) RETURN a.x, a.x + count(b) AS c ORDER BY c")]
    [InlineData("MATCH (a) RETURN a.x AS x, count(*) AS c ORDER BY count(*) DESC, x")]
    [InlineData("MATCH (a) RETURN size(collect(a)) AS n")]
    [InlineData("UNWIND [1, 2] AS x RETURN [y IN collect(x) WHERE y > 1] AS ys")]
    [InlineData("MATCH (a) CREATE (a)-[:T]->(b:B {k: a.k})")]
    [InlineData("CREATE (a:A), (a)-[:T]->(:B)")]
    [InlineData("MERGE (a:A {k: 1}) ON CREATE SET a.new = true ON MATCH SET a += {seen: true}")]
    [InlineData("MATCH (n) WHERE exists { MATCH (n)-->(m) WHERE m.k = n.k } RETURN n")]
    [InlineData("MATCH (n) RETURN [(n)-->(m) | m.k] AS ks, COUNT { (n)--() } AS degree")]
    [InlineData("MATCH (n) RETURN n {.name, .*, k: 1} AS m")]
    [InlineData("CALL db.labels() YIELD label WHERE label STARTS WITH 'A' RETURN label")]
    [InlineData("CALL db.labels")]
    [InlineData("RETURN date.truncate('month', date()) AS d, duration.between(date(), date()) AS span")]
    [InlineData("RETURN reduce(acc = 0, x IN [1, 2] | acc + x) AS total")]
    [InlineData("WITH 1 AS a RETURN *")]
    public void Analyzer_accepts_valid_queries(string query)
    {
        var analyzed = Analyze(query);

        Assert.NotNull(analyzed.Statement);
    }

    [Theory]
    [InlineData("MATCH (n) RETURN n", false)]
    [InlineData("CALL db.labels() YIELD label RETURN label", false)]
    [InlineData("CREATE (n)", true)]
    [InlineData("MATCH (n) SET n.x = 1", true)]
    [InlineData("MATCH (n) REMOVE n:L", true)]
    [InlineData("MATCH (n) DETACH DELETE n", true)]
    [InlineData("MERGE (n:A) RETURN n", true)]
    [InlineData("RETURN 1 AS x UNION MATCH (n) DELETE n RETURN 2 AS x", true)]
    public void Analyzed_statement_tells_whether_it_writes(string query, bool isUpdating)
    {
        Assert.Equal(isUpdating, Analyze(query).IsUpdating);
    }

    [Fact]
    public void Analyzed_statement_lists_columns_with_star_expanded_in_name_order()
    {
        var analyzed = Analyze("MATCH (b), (a) WITH a, b, 1 AS c RETURN *, a.x AS ax");

        Assert.Equal(["a", "b", "c", "ax"], analyzed.Columns);
    }

    [Fact]
    public void Analyzed_statement_lists_the_parameters_it_uses()
    {
        var analyzed = Analyze("MATCH (n {id: $id}) WHERE n.x > $min RETURN n LIMIT $limit");

        Assert.Equal(["id", "limit", "min"], analyzed.Parameters.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Semantic_errors_point_at_the_offending_variable()
    {
        var error = Assert.Throws<CypherException>(() => Analyze("MATCH (a)\nRETURN a,\n  missing"));

        Assert.Equal((3, 3), (error.Position!.Value.Line, error.Position.Value.Column));
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }
}
