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

    /// <summary>
    /// Parses without throwing: returns the statement, or every syntax error found, recovering at the next clause
    /// after each (an error in the characters themselves, such as an unterminated string, ends the search).
    /// </summary>
    public static ParseResult ParseTolerant(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<ParseError>();
        Parser parser;
        try
        {
            parser = new Parser(text, errors);
        }
        catch (CypherException e) when (e.Position is { } position)
        {
            return new ParseResult(null, [Parser.ToParseError(e, position)]);
        }

        try
        {
            var statement = parser.ParseStatement();
            return errors.Count == 0 ? new ParseResult(statement, []) : new ParseResult(null, errors);
        }
        catch (CypherException e) when (e.Position is { } position)
        {
            // Errors about the query as a whole (mixed UNION kinds, YIELD * in a longer query) end the search.
            errors.Add(Parser.ToParseError(e, position));
            return new ParseResult(null, errors);
        }
    }
}
