using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Syntax;
using Chile1973.Graph.Cypher.Syntax.Ast;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Syntax;

/// <summary>How the parser reads Neo4j 5's expression forms: ||, type predicates, trim ... FROM and normalize's forms.</summary>
public sealed class Neo4j5ExpressionSyntaxTests
{
    private static Expression Returned(string expression) =>
        ((ReturnClause)((SingleQuery)CypherParser.Parse("RETURN " + expression)).Clauses[0]).Projection.Items[0].Expression;

    [Theory]
    [InlineData("a || b || c", "(Concatenate (Concatenate a b) c)")]
    [InlineData("a || b + c", "(Add (Concatenate a b) c)")]
    [InlineData("a * b || c", "(Concatenate (Multiply a b) c)")]
    [InlineData("a || b = c", "(Equal (Concatenate a b) c)")]
    [InlineData("a || b IN c", "(In (Concatenate a b) c)")]
    [InlineData("[x IN l | x || 'a']", "(list x l | (Concatenate x 'a'))")]
    [InlineData("x IS :: INTEGER", "(IsType x INTEGER)")]
    [InlineData("x IS NOT :: STRING NOT NULL", "(IsNotType x STRING NOT NULL)")]
    [InlineData("x :: INT", "(IsType x INTEGER)")]
    [InlineData("x IS TYPED BOOL!", "(IsType x BOOLEAN NOT NULL)")]
    [InlineData("x IS NOT TYPED VARCHAR", "(IsNotType x STRING)")]
    [InlineData("x :: INTEGER NOT NULL | FLOAT NOT NULL", "(IsType x INTEGER NOT NULL | FLOAT NOT NULL)")]
    [InlineData("x :: INTEGER | FLOAT NOT NULL", "error")]
    [InlineData("x :: ANY<INTEGER NOT NULL | FLOAT>", "error")]
    [InlineData("x :: ANY<INTEGER | STRING> NOT NULL", "(IsType x ANY<INTEGER | STRING> NOT NULL)")]
    [InlineData("x :: ANY<DATE>", "(IsType x DATE)")]
    [InlineData("x :: LIST<LIST<INTEGER NOT NULL>> NOT NULL", "(IsType x LIST<LIST<INTEGER NOT NULL>> NOT NULL)")]
    [InlineData("x :: INTEGER ARRAY NOT NULL LIST", "(IsType x LIST<LIST<INTEGER> NOT NULL>)")]
    [InlineData("x :: TIMESTAMP WITH TIME ZONE", "(IsType x ZONED DATETIME)")]
    [InlineData("x :: TIME WITHOUT TIME ZONE", "(IsType x LOCAL TIME)")]
    [InlineData("x :: ANY PROPERTY VALUE", "(IsType x PROPERTY VALUE)")]
    [InlineData("x :: ANY VALUE", "(IsType x ANY)")]
    [InlineData("x :: EDGE", "(IsType x RELATIONSHIP)")]
    [InlineData("x :: INTEGER = true", "(Equal (IsType x INTEGER) true)")]
    [InlineData("NOT x :: INTEGER AND y IS :: STRING", "(And (Not (IsType x INTEGER)) (IsType y STRING))")]
    [InlineData("[x IN l WHERE x :: INTEGER | x]", "(list x l where (IsType x INTEGER) | x)")]
    [InlineData("[x IN l WHERE x :: (INTEGER) | x]", "error")]
    [InlineData("trim(BOTH 'x' FROM s)", "(trim both s 'x')")]
    [InlineData("trim(LEADING FROM s)", "(ltrim s)")]
    [InlineData("trim(TRAILING 'x' FROM s)", "(trim trailing s 'x')")]
    [InlineData("trim('x' FROM s)", "(trim both s 'x')")]
    [InlineData("trim(FROM s)", "(trim s)")]
    [InlineData("trim(s)", "(trim s)")]
    [InlineData("trim(from)", "(trim from)")]
    [InlineData("normalize(s, NFKD)", "(normalize s 'NFKD')")]
    [InlineData("normalize(s, nfc)", "(normalize s 'NFC')")]
    [InlineData("normalize(s, form)", "(normalize s form)")]
    [InlineData("s IS NORMALIZED AND t IS NOT NFKD NORMALIZED", "(And NormalizedPredicate NormalizedPredicate)")]
    [InlineData("s IS NFX NORMALIZED", "error")]
    public void Parser_reads_a_Neo4j_5_form_as_this_tree(string expression, string expected)
    {
        if (expected == "error")
        {
            Assert.Throws<CypherException>(() => Returned(expression));
            return;
        }

        Assert.Equal(expected, Sexpr.Of(Returned(expression)));
    }

    [Theory]
    [InlineData("MATCH (n:A|B) RETURN n")]
    [InlineData("MATCH ()-[r:A|B]->() RETURN r")]
    [InlineData("MATCH ()-[r:A|:B]->() RETURN r")]
    [InlineData("MATCH (n) WHERE n:A|B RETURN [x IN [n] WHERE x:A | x.name]")]
    [InlineData("RETURN [(a)-->(b) WHERE a:A | b.name] AS names")]
    [InlineData("RETURN reduce(s = '', x IN ['a'] | s || x) AS s")]
    public void Single_bars_keep_their_meaning_next_to_the_concatenation_operator(string query)
    {
        Assert.NotNull(CypherParser.Parse(query));
    }
}
