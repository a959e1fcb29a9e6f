namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BooleanLiteral(SourceSpan Span, bool Value) : Literal(Span)
{
    /// <inheritdoc />
    public override object? BoxedValue => Value;
}
