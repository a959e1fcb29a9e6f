using Chile1973.Graph.Cypher.Syntax.Ast;

namespace Chile1973.Graph.Cypher.Syntax;

/// <summary>The entry point of the Cypher front end: query text to syntax tree.</summary>
public static class CypherParser
{
    /// <summary>
    /// Parses one openCypher statement. Throws <c>CypherException</c> (SyntaxError, compile time) naming the
    /// position and what was expected when the text is not valid Cypher.
    /// </summary>
    public static Statement Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Parser(text).ParseStatement();
    }
}
