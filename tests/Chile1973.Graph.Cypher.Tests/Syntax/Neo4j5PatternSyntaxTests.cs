using Chile1973.Graph.Cypher.Syntax;
using Chile1973.Graph.Cypher.Syntax.Ast;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Syntax;

public sealed class Neo4j5PatternSyntaxTests
{
    private static MatchClause FirstMatch(string query) => (MatchClause)((SingleQuery)CypherParser.Parse(query)).Clauses[0];

    private static NodePattern FirstNode(string query) => FirstMatch(query).Pattern.Parts[0].Element.Start;

    private static RelationshipPattern FirstRelationship(string query) => FirstMatch(query).Pattern.Parts[0].Element.Steps[0].Relationship;

    private static string Render(LabelExpression? expression) => expression switch
    {
        null => "_",
        LabelName n => n.Name,
        LabelWildcard => "%",
        LabelNegation n => $"(! {Render(n.Operand)})",
        LabelConjunction c => "(& " + string.Join(' ', c.Operands.Select(Render)) + ")",
        LabelDisjunction d => "(| " + string.Join(' ', d.Operands.Select(Render)) + ")",
        _ => expression.GetType().Name,
    };

    [Fact]
    public void Lexer_reads_ampersand_and_bang_and_keeps_bang_equal_as_not_equal()
    {
        var kinds = Lexer.Tokenize("!A&B != %").Select(static t => t.Kind);

        Assert.Equal(
            [TokenKind.Bang, TokenKind.Identifier, TokenKind.Ampersand, TokenKind.Identifier, TokenKind.NotEqual, TokenKind.Percent, TokenKind.EndOfInput],
            kinds);
    }

    [Theory]
    [InlineData("MATCH (n:A|B) RETURN n", "(| A B)")]
    [InlineData("MATCH (n:!A) RETURN n", "(! A)")]
    [InlineData("MATCH (n:%) RETURN n", "%")]
    [InlineData("MATCH (n:!%) RETURN n", "(! %)")]
    [InlineData("MATCH (n:(A|B)&!C) RETURN n", "(& (| A B) (! C))")]
    [InlineData("MATCH (n:A|B&C|!D) RETURN n", "(| A (& B C) (! D))")]
    [InlineData("MATCH (n:!!A) RETURN n", "(! (! A))")]
    [InlineData("MATCH (n:`Odd name`|B) RETURN n", "(| Odd name B)")]
    public void A_node_label_expression_binds_not_before_and_before_or(string query, string expected)
    {
        var node = FirstNode(query);

        Assert.Empty(node.Labels);
        Assert.Equal(expected, Render(node.LabelExpression));
    }

    [Theory]
    [InlineData("MATCH (n:A&B) RETURN n")]
    [InlineData("MATCH (n:A:B) RETURN n")]
    public void Labels_that_must_all_be_present_stay_a_plain_label_list(string query)
    {
        var node = FirstNode(query);

        Assert.Equal(["A", "B"], node.Labels);
        Assert.Null(node.LabelExpression);
    }

    [Fact]
    public void A_node_pattern_takes_an_inline_where_after_its_properties()
    {
        var node = FirstNode("MATCH (n:Person {x: 1} WHERE n.born > $year) RETURN n");

        Assert.Equal("n", node.Variable!.Name);
        Assert.Equal(["Person"], node.Labels);
        Assert.NotNull(node.Properties);
        Assert.Equal("(GreaterThan (. n born) $year)", Sexpr.Of(node.Where!));
    }

    [Fact]
    public void A_variable_alone_takes_an_inline_where()
    {
        var node = FirstNode("MATCH (n WHERE n.x IS NULL) RETURN n");

        Assert.Equal("n", node.Variable!.Name);
        Assert.Equal("(IsNull (. n x))", Sexpr.Of(node.Where!));
    }

    [Fact]
    public void A_relationship_pattern_takes_an_inline_where()
    {
        var relationship = FirstRelationship("MATCH (a)-[r:LED WHERE r.since > 1970]->(b) RETURN a");

        Assert.Equal(["LED"], relationship.Types);
        Assert.Equal("(GreaterThan (. r since) 1970)", Sexpr.Of(relationship.Where!));
    }

    [Theory]
    [InlineData("MATCH ()-[r:A|B]->() RETURN r", "A,B", "_")]
    [InlineData("MATCH ()-[r:A|:B]->() RETURN r", "A,B", "_")]
    [InlineData("MATCH ()-[r:!A]->() RETURN r", "", "(! A)")]
    [InlineData("MATCH ()-[r:A&B]->() RETURN r", "", "(& A B)")]
    [InlineData("MATCH ()-[r:%]->() RETURN r", "", "%")]
    [InlineData("MATCH ()-[r:!A*1..2]->() RETURN r", "", "(! A)")]
    public void Relationship_types_keep_alternatives_as_a_list_and_other_expressions_as_a_tree(string query, string types, string expression)
    {
        var relationship = FirstRelationship(query);

        Assert.Equal(types, string.Join(',', relationship.Types));
        Assert.Equal(expression, Render(relationship.TypeExpression));
    }

    [Theory]
    [InlineData("RETURN n:A|B", "(| A B)")]
    [InlineData("RETURN n:!A&%", "(& (! A) %)")]
    [InlineData("RETURN NOT n:A|B", "(| A B)")]
    public void A_label_predicate_takes_a_label_expression(string query, string expected)
    {
        var expression = ((ReturnClause)((SingleQuery)CypherParser.Parse(query)).Clauses[0]).Projection.Items[0].Expression;
        var predicate = expression as LabelPredicate ?? (LabelPredicate)((UnaryExpression)expression).Operand;

        Assert.Equal(expected, Render(predicate.LabelExpression));
    }

    [Fact]
    public void A_pipe_in_a_list_comprehension_where_starts_the_projection()
    {
        var expression = ((ReturnClause)((SingleQuery)CypherParser.Parse("RETURN [x IN l WHERE x:A | x.name] AS names")).Clauses[0])
            .Projection.Items[0].Expression;

        var comprehension = Assert.IsType<ListComprehension>(expression);
        Assert.Equal("(: x A)", Sexpr.Of(comprehension.Where!));
        Assert.Equal("(. x name)", Sexpr.Of(comprehension.Projection!));
    }

    [Fact]
    public void A_parenthesised_label_alternative_is_allowed_in_a_list_comprehension_where()
    {
        var expression = ((ReturnClause)((SingleQuery)CypherParser.Parse("RETURN [x IN l WHERE x:(A|B) | x] AS names")).Clauses[0])
            .Projection.Items[0].Expression;

        var comprehension = Assert.IsType<ListComprehension>(expression);
        Assert.Equal("(| A B)", Render(((LabelPredicate)comprehension.Where!).LabelExpression));
    }

    [Theory]
    [InlineData("MATCH (n) RETURN n OFFSET 1 LIMIT 2", true)]
    [InlineData("MATCH (n) WITH n ORDER BY n.x OFFSET $skip RETURN n", false)]
    public void Offset_is_read_as_skip(string query, bool inReturn)
    {
        var clauses = ((SingleQuery)CypherParser.Parse(query)).Clauses;
        var projection = inReturn ? ((ReturnClause)clauses[1]).Projection : ((WithClause)clauses[1]).Projection;

        Assert.NotNull(projection.Skip);
    }

    [Theory]
    [InlineData("CREATE (n:A|B)", 1, 12, "InvalidLabelExpression", "'|'")]
    [InlineData("CREATE (n:!A)", 1, 11, "InvalidLabelExpression", "'!'")]
    [InlineData("MERGE (n:%)", 1, 10, "InvalidLabelExpression", "'%'")]
    [InlineData("MERGE (a)-[:T]->(b:(A|B))", 1, 20, "InvalidLabelExpression", "'('")]
    [InlineData("CREATE (n:A WHERE n.x = 1)", 1, 13, "InvalidPatternPredicate", "CREATE or MERGE")]
    [InlineData("MERGE (a)-[r:T WHERE r.x = 1]->(b)", 1, 16, "InvalidPatternPredicate", "CREATE or MERGE")]
    [InlineData("MATCH (n:A:B|C) RETURN n", 1, 13, "InvalidLabelExpression", "mixing")]
    [InlineData("MATCH (n:A|B:C) RETURN n", 1, 13, "InvalidLabelExpression", "mixing")]
    [InlineData("MATCH (n:A|:B) RETURN n", 1, 12, "InvalidLabelExpression", "mixing")]
    [InlineData("MATCH (n) WHERE n:A:B&C RETURN n", 1, 22, "InvalidLabelExpression", "mixing")]
    [InlineData("MATCH ()-[r:A|:B&C]->() RETURN r", 1, 17, "InvalidLabelExpression", "mixing")]
    [InlineData("MATCH ()-[r:T*1..2 WHERE r.x = 1]->() RETURN r", 1, 20, "InvalidPatternPredicate", "variable-length")]
    [InlineData("MATCH (n:A|) RETURN n", 1, 12, "UnexpectedSyntax", "expected a label name")]
    [InlineData("MATCH (n) RETURN n SKIP 1 OFFSET 1", 1, 27, "UnexpectedSyntax", "Invalid input 'OFFSET'")]
    public void Forbidden_pattern_forms_are_syntax_errors_at_the_offending_token(string query, int line, int column, string detail, string messagePart)
    {
        SyntaxErrorAssert.Raises(query, line, column, detail, messagePart);
    }

    [Fact]
    public void Labels_joined_by_ampersand_are_allowed_in_create()
    {
        var create = (CreateClause)((SingleQuery)CypherParser.Parse("CREATE (n:A&B)")).Clauses[0];

        Assert.Equal(["A", "B"], create.Pattern.Parts[0].Element.Start.Labels);
    }

    [Fact]
    public void A_label_expression_inside_a_created_property_value_is_not_part_of_the_created_pattern()
    {
        var create = (CreateClause)((SingleQuery)CypherParser.Parse("MATCH (m) CREATE (n {x: m:A|B})")).Clauses[1];

        var value = ((MapLiteral)create.Pattern.Parts[0].Element.Start.Properties!).Entries[0].Value;
        Assert.Equal("(| A B)", Render(((LabelPredicate)value).LabelExpression));
    }
}
