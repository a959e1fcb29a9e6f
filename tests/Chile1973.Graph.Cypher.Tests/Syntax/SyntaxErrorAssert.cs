using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Syntax;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Syntax;

/// <summary>The check every parser error test makes: the query is a syntax error with this detail, at this line and column.</summary>
internal static class SyntaxErrorAssert
{
    public static void Raises(string query, int line, int column, string detail, string messagePart)
    {
        var error = Assert.Throws<CypherException>(() => CypherParser.Parse(query));

        Assert.Equal(CypherErrorKind.SyntaxError, error.Kind);
        Assert.Equal(detail, error.Detail);
        Assert.Equal((line, column), (error.Position!.Value.Line, error.Position.Value.Column));
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }
}
