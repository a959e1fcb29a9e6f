namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>A 64-bit floating-point number.</summary>
public sealed record FloatLiteral(SourceSpan Span, double Value) : Literal(Span)
{
    /// <inheritdoc />
    public override object? BoxedValue => Value;
}
