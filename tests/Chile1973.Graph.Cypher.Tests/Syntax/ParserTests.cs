using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Syntax;
using Chile1973.Graph.Cypher.Syntax.Ast;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Syntax;

public sealed class ParserTests
{
    private static Expression ReturnedExpression(string expression) =>
        ((ReturnClause)((SingleQuery)CypherParser.Parse("RETURN " + expression)).Clauses[0]).Projection.Items[0].Expression;

    [Theory]
    [InlineData("1 + 2 * 3", "(Add 1 (Multiply 2 3))")]
    [InlineData("1 - 2 - 3", "(Subtract (Subtract 1 2) 3)")]
    [InlineData("2 ^ 3 ^ 2", "(Power (Power 2 3) 2)")]
    [InlineData("-2 ^ 2", "(Power -2 2)")]
    [InlineData("-x ^ 2", "(Power (Minus x) 2)")]
    [InlineData("- -1", "(Minus -1)")]
    [InlineData("a OR b XOR c AND d", "(Or a (Xor b (And c d)))")]
    [InlineData("NOT a = b", "(Not (Equal a b))")]
    [InlineData("NOT a AND b", "(And (Not a) b)")]
    [InlineData("a < b <= c", "(And (LessThan a b) (LessThanOrEqual b c))")]
    [InlineData("a = b = c = d", "(And (And (Equal a b) (Equal b c)) (Equal c d))")]
    [InlineData("1 + 2 IN [3]", "(In (Add 1 2) [3])")]
    [InlineData("x IN [1] = true", "(Equal (In x [1]) true)")]
    [InlineData("a.b STARTS WITH 'x' + 'y'", "(StartsWith (. a b) (Add 'x' 'y'))")]
    [InlineData("s ENDS WITH 'z' OR s CONTAINS 'q'", "(Or (EndsWith s 'z') (Contains s 'q'))")]
    [InlineData("s =~ 'a.*'", "(RegexMatch s 'a.*')")]
    [InlineData("a.b IS NOT NULL AND c IS NULL", "(And (IsNotNull (. a b)) (IsNull c))")]
    [InlineData("n:A:B", "(: n A:B)")]
    [InlineData("n.list[0].name", "(. ([] (. n list) 0) name)")]
    [InlineData("l[1..]", "([..] l 1 _)")]
    [InlineData("l[..-1]", "([..] l _ -1)")]
    [InlineData("(1 + 2) * 3", "(Multiply (Add 1 2) 3)")]
    [InlineData("count(DISTINCT n.x)", "(count DISTINCT (. n x))")]
    [InlineData("COUNT(*)", "(count *)")]
    [InlineData("date.truncate('day', d)", "(date.truncate 'day' d)")]
    [InlineData("[x IN l WHERE x > 1 | x * 2]", "(list x l where (GreaterThan x 1) | (Multiply x 2))")]
    [InlineData("[(1 + 2), 3]", "[(Add 1 2) 3]")]
    [InlineData("{a: 1, `b c`: 'x'}", "{a:1 b c:'x'}")]
    [InlineData("-9223372036854775808", "-9223372036854775808")]
    [InlineData("-0.0", "-0f")]
    public void Parser_applies_openCypher_precedence_when_given_an_expression(string expression, string expected)
    {
        Assert.Equal(expected, Sexpr.Of(ReturnedExpression(expression)));
    }

    [Theory]
    [InlineData("RETURN count( * )", "count( * )")]
    [InlineData("RETURN n.name AS name", "name")]
    [InlineData("RETURN (list[1]).missing", "(list[1]).missing")]
    [InlineData("RETURN n.missing IS NOT NULL", "n.missing IS NOT NULL")]
    [InlineData("RETURN x >= d  ", "x >= d")]
    [InlineData("RETURN `weird name`", "weird name")]
    [InlineData("RETURN a /* c */ ", "a")]
    public void Projection_items_are_named_by_alias_or_source_text(string query, string column)
    {
        var statement = (SingleQuery)CypherParser.Parse(query);

        var item = ((ReturnClause)statement.Clauses[0]).Projection.Items[0];
        Assert.Equal(column, item.Name);
    }

    [Fact]
    public void Relationship_patterns_carry_direction_types_and_length()
    {
        var match = (MatchClause)((SingleQuery)CypherParser.Parse("MATCH (a)<-[r:T|:U*2..]-(b)-->(c)-[*]-(d)<-->(e) RETURN a")).Clauses[0];

        var relationships = match.Pattern.Parts[0].Element.Relationships.ToList();
        Assert.Equal(RelationshipDirection.Left, relationships[0].Direction);
        Assert.Equal(["T", "U"], relationships[0].Types);
        Assert.Equal(new LengthRange(relationships[0].Length!.Span, 2, null), relationships[0].Length);
        Assert.Equal(RelationshipDirection.Right, relationships[1].Direction);
        Assert.Null(relationships[1].Length);
        Assert.Equal(RelationshipDirection.Both, relationships[2].Direction);
        Assert.True(relationships[2].Length is { Min: null, Max: null });
        Assert.Equal(RelationshipDirection.Both, relationships[3].Direction);
    }

    [Fact]
    public void Spans_locate_nodes_in_the_query_text()
    {
        const string query = "MATCH (n)\nWHERE n.age > 30\nRETURN n.name";
        var statement = (SingleQuery)CypherParser.Parse(query);

        var where = ((MatchClause)statement.Clauses[0]).Where!;
        Assert.Equal("n.age > 30", where.Span.Slice(query));
        Assert.Equal(2, where.Span.Line);
        Assert.Equal(7, where.Span.Column);
        Assert.Equal(query.Length, statement.Span.End);
    }

    [Fact]
    public void Union_parts_share_one_kind_of_union()
    {
        var union = Assert.IsType<UnionQuery>(CypherParser.Parse("RETURN 1 AS a UNION RETURN 2 AS a UNION RETURN 3 AS a;"));

        Assert.Equal(3, union.Parts.Count);
        Assert.False(union.All);
    }

    [Theory]
    [InlineData("MATCH (n RETURN n", 1, 10, "UnexpectedSyntax", "expected ')'")]
    [InlineData("MATCH (n)\nRETURN n,", 2, 10, "UnexpectedSyntax", "Unexpected end of input")]
    [InlineData("MATCH (n)\nWHERE n.x = \nRETURN n", 3, 1, "UnexpectedSyntax", "expected an expression")]
    [InlineData("RETURN 1 AS a UNION ALL RETURN 2 AS a UNION RETURN 3 AS a", 1, 39, "InvalidClauseComposition", "UNION")]
    [InlineData("MATCH (a)-[:T..]->(b) RETURN a", 1, 14, "InvalidRelationshipPattern", "*")]
    [InlineData("MATCH (a)-[:T*-2]->(b) RETURN a", 1, 15, "InvalidRelationshipPattern", "negative")]
    [InlineData("RETURN 9223372h54775808", 1, 8, "InvalidNumberLiteral", "9223372h54775808")]
    [InlineData("RETURN {1B2c3e67: 1}", 1, 9, "UnexpectedSyntax", "expected a property key name")]
    [InlineData("RETURN 9223372036854775808", 1, 8, "IntegerOverflow", "too large")]
    [InlineData("RETURN -9223372036854775809", 1, 9, "IntegerOverflow", "too large")]
    [InlineData("MATCH (n) RETURN (n)-->()", 1, 18, "UnexpectedSyntax", "WHERE")]
    [InlineData("CALL p() YIELD * RETURN x", 1, 1, "UnexpectedSyntax", "YIELD *")]
    [InlineData("MATCH (n) RETURN n LIMT 1", 1, 20, "UnexpectedSyntax", "Invalid input 'LIMT'")]
    [InlineData("RETURN 1 AS null", 1, 13, "UnexpectedSyntax", "expected a variable name")]
    [InlineData("RETURN 1 AS", 1, 12, "UnexpectedSyntax", "Unexpected end of input")]
    [InlineData("MATCH (n) RETURN", 1, 17, "UnexpectedSyntax", "Unexpected end of input")]
    [InlineData("RETURN where(1)", 1, 8, "UnexpectedSyntax", "expected an expression")]
    public void Parser_reports_detail_and_position_when_the_query_is_invalid(string query, int line, int column, string detail, string messagePart)
    {
        SyntaxErrorAssert.Raises(query, line, column, detail, messagePart);
    }

    [Fact]
    public void Deep_nesting_is_a_syntax_error_rather_than_a_crash()
    {
        var query = "RETURN " + new string('[', 5000) + new string(']', 5000);

        var error = Assert.Throws<CypherException>(() => CypherParser.Parse(query));

        Assert.Equal("NestingTooDeep", error.Detail);
        Assert.NotNull(error.Position);
    }

    [Fact]
    public void Forty_levels_of_nesting_parse()
    {
        var query = "RETURN " + new string('[', 40) + new string(']', 40) + " AS l";

        Assert.IsType<SingleQuery>(CypherParser.Parse(query));
    }
}
