using Chile1973.Graph.Cypher.Syntax;
using Chile1973.Graph.Cypher.Syntax.Ast;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Syntax;

public sealed class SubqueryParsingTests
{
    private static Clause SecondClause(string query) => ((SingleQuery)CypherParser.Parse(query)).Clauses[1];

    [Fact]
    public void Call_with_a_brace_is_a_subquery_without_a_scope_clause()
    {
        var call = Assert.IsType<CallSubqueryClause>(SecondClause("MATCH (n) CALL { WITH n RETURN n.name AS name } RETURN name"));

        Assert.False(call.Optional);
        Assert.Null(call.ScopeVariables);
        Assert.False(call.ScopeAll);
        Assert.IsType<WithClause>(Assert.IsType<SingleQuery>(call.Query).Clauses[0]);
    }

    [Theory]
    [InlineData("MATCH (a), (b) CALL (a, b) { RETURN 1 AS one } RETURN one", "a,b", false)]
    [InlineData("MATCH (a) CALL () { RETURN 1 AS one } RETURN one", "", false)]
    [InlineData("MATCH (a) CALL (*) { RETURN 1 AS one } RETURN one", "", true)]
    public void Call_scope_clause_lists_the_imported_variables(string query, string names, bool all)
    {
        var call = Assert.IsType<CallSubqueryClause>(SecondClause(query));

        Assert.Equal(names, string.Join(',', call.ScopeVariables!.Select(static v => v.Name)));
        Assert.Equal(all, call.ScopeAll);
    }

    [Fact]
    public void Optional_call_spans_from_optional_and_holds_a_union()
    {
        const string Query = "MATCH (n) OPTIONAL CALL (n) { RETURN 1 AS x UNION ALL RETURN 2 AS x } RETURN x";

        var call = Assert.IsType<CallSubqueryClause>(SecondClause(Query));

        Assert.True(call.Optional);
        Assert.Equal(10, call.Span.Start);
        Assert.Equal("OPTIONAL CALL (n) { RETURN 1 AS x UNION ALL RETURN 2 AS x }", Query[call.Span.Start..call.Span.End]);
        Assert.True(Assert.IsType<UnionQuery>(call.Query).All);
    }

    [Fact]
    public void Collect_with_a_query_is_a_subquery_and_collect_with_parentheses_stays_the_aggregate()
    {
        var query = (SingleQuery)CypherParser.Parse("MATCH (n) RETURN COLLECT { MATCH (n)--(m) RETURN m } AS ms, collect(n) AS ns");
        var items = ((ReturnClause)query.Clauses[1]).Projection.Items;

        var subquery = Assert.IsType<SubqueryExpression>(items[0].Expression);
        Assert.Equal(SubqueryKind.Collect, subquery.Kind);
        Assert.NotNull(subquery.Query);
        Assert.Equal("collect", Assert.IsType<FunctionInvocation>(items[1].Expression).LowerCaseName);
    }

    [Fact]
    public void A_variable_named_collect_still_takes_a_map_projection()
    {
        var query = (SingleQuery)CypherParser.Parse("WITH {name: 'x'} AS collect RETURN collect {.name} AS m");

        Assert.IsType<MapProjection>(((ReturnClause)query.Clauses[1]).Projection.Items[0].Expression);
    }

    [Theory]
    [InlineData("UNWIND [1] AS x CALL (x) { CREATE (:A {x: x}) } IN TRANSACTIONS OF 10 ROWS REPORT STATUS AS s RETURN s", 1, 93, "InvalidClauseComposition", "REPORT STATUS")]
    [InlineData("MATCH (n) OPTIONAL CALL db.labels() YIELD label RETURN label", 1, 25, "UnexpectedSyntax", "expected '{' or '('")]
    [InlineData("MATCH (n) CALL (n.name) { RETURN 1 AS one } RETURN one", 1, 18, "UnexpectedSyntax", "expected ',' or ')'")]
    [InlineData("MATCH (n) CALL (n) RETURN n", 1, 20, "UnexpectedSyntax", "expected '{'")]
    [InlineData("CALL { RETURN 1 AS one RETURN one", 1, 34, "UnexpectedSyntax", "Unexpected end of input")]
    public void Malformed_subqueries_are_syntax_errors_at_their_position(string query, int line, int column, string detail, string messagePart)
    {
        SyntaxErrorAssert.Raises(query, line, column, detail, messagePart);
    }
}
