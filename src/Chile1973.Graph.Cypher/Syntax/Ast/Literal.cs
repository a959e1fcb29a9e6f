namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>A constant written in the query.</summary>
public abstract record Literal(SourceSpan Span) : Expression(Span)
{
    /// <summary>The value as a CLR object: <see cref="long"/>, <see cref="double"/>, <see cref="string"/>, <see cref="bool"/> or null.</summary>
    public abstract object? BoxedValue { get; }
}
