namespace Chile1973.Graph.Cypher.Syntax;

/// <summary>
/// The outcome of a tolerant parse: the statement when the text is valid, otherwise every syntax error found,
/// the parser having skipped to the next clause after each one (so an editor can mark them all).
/// </summary>
public sealed record ParseResult(Statement? Statement, IReadOnlyList<ParseError> Errors)
{
    /// <summary>Whether the text parsed without error.</summary>
    public bool Succeeded => Errors.Count == 0;
}
