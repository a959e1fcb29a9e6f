namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>A string, escapes already resolved.</summary>
public sealed record StringLiteral(SourceSpan Span, string Value) : Literal(Span)
{
    /// <inheritdoc />
    public override object? BoxedValue => Value;
}
