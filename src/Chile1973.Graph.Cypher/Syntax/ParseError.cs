namespace Chile1973.Graph.Cypher.Syntax;

/// <summary>One syntax error as data: the TCK detail code, the message and where it was found.</summary>
public sealed record ParseError(string Code, string Message, SourcePosition Position)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message} ({Position})";
}
