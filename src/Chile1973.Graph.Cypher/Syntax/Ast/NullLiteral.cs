namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>null</c>.</summary>
public sealed record NullLiteral(SourceSpan Span) : Literal(Span)
{
    /// <inheritdoc />
    public override object? BoxedValue => null;
}
