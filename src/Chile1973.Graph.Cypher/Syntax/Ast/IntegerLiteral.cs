namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>A 64-bit integer (decimal, <c>0x</c> hexadecimal or <c>0o</c> octal in the text).</summary>
public sealed record IntegerLiteral(SourceSpan Span, long Value) : Literal(Span)
{
    /// <inheritdoc />
    public override object? BoxedValue => Value;
}
